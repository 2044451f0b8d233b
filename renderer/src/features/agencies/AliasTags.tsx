import { Tag, Tooltip } from 'antd';
import { matchesWords } from '../../lib/search';
import { Highlight } from '../../components/Highlight';

const SHOWN = 3;

/** An agency's other names as tags; the first few, then "+N" with the rest in a tooltip. */
export function AliasTags({ aliases, search }: { aliases: readonly string[]; search: string }) {
  // Names that match the search come first so the reason for a match is visible.
  const ordered =
    search.trim() === ''
      ? aliases
      : [
          ...aliases.filter((a) => matchesWords(a, search)),
          ...aliases.filter((a) => !matchesWords(a, search)),
        ];
  const rest = ordered.slice(SHOWN);
  return (
    <div className="alias-tags">
      {ordered.slice(0, SHOWN).map((a) => (
        <Tag key={a}>
          <Highlight text={a} query={search} />
        </Tag>
      ))}
      {rest.length > 0 ? (
        <Tooltip title={rest.join('; ')}>
          <Tag className="alias-more">+{rest.length}</Tag>
        </Tooltip>
      ) : null}
    </div>
  );
}
