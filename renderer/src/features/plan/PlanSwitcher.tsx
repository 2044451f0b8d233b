import { App, Select, Space, Typography } from 'antd';
import { useApiMutation } from '../../api/queries';
import { errorMessage } from '../../api/api-error';
import { useCatalogue } from '../../data/catalogue-context';

/**
 * Which plan the app tracks, when the database holds more than one: every screen, form, import
 * and report follows the choice, which is kept in the database.
 */
export function PlanSwitcher() {
  const { catalogue, index } = useCatalogue();
  const { message } = App.useApp();
  const activate = useApiMutation('plans.activate');
  const busy = activate.pending;
  if (catalogue.plans.length < 2) return null;

  async function choose(planId: number) {
    try {
      await activate.run({ planId });
      const title = catalogue.plans.find((p) => p.id === planId)?.title ?? '';
      message.success(`Đang theo dõi: ${title}`);
    } catch (error) {
      message.error(errorMessage(error));
    }
  }

  return (
    <Space>
      <Typography.Text>Kế hoạch đang theo dõi</Typography.Text>
      <Select
        aria-label="Kế hoạch đang theo dõi"
        value={index.plan?.id}
        loading={busy}
        disabled={busy}
        style={{ width: 420 }}
        // Plan titles are long: a wide list opening under the right edge, full title on hover.
        popupMatchSelectWidth={600}
        placement="bottomRight"
        onChange={(id: number) => void choose(id)}
        options={catalogue.plans.map((p) => {
          const label = p.number ? `${p.number}/${p.symbol} – ${p.title}` : p.title;
          return { value: p.id, label, title: label };
        })}
      />
    </Space>
  );
}
