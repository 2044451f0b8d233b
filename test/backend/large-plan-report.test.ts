// A province ten times bigger (750 tasks in 70 groups): the Word report is still written, and its
// summary table counts statuses without a column per group (70 would not fit a page).
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildPlanTimesTen } from '../../bench/plan-times-ten';
import { memoryBackend } from './helpers';

describe('report of a plan with 70 groups', () => {
  it('is generated, with the groups left to Phụ lục II', async () => {
    const app = memoryBackend();
    buildPlanTimesTen(app.ctx.db, await app.call('catalogue.get', {}));
    const { files } = await app.call('reports.generate', { period: '2025-Q3' });
    const docx = files.find((f) => f.fileName.endsWith('.docx'))!;
    const xml = strFromU8(unzipSync(Buffer.from(docx.data, 'base64'))['word/document.xml']!);
    expect(xml).toContain('theo tình trạng (Chi tiết, từng nhóm nhiệm vụ tại Phụ lục II)');
    app.close();
  }, 60_000);
});
