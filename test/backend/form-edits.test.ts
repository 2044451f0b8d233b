// Our own forms after the edits offices really make (test/fixtures/form-edits): no fact may be
// confidently wrong; the score is printed so that a change shows what it moved.
import { describe, expect, it } from 'vitest';
import { scoreFormEdits } from '../fixtures/form-edits/score-form-edits';
import { memoryBackend } from './helpers';

describe('our forms after realistic edits', () => {
  it('is never confidently wrong', async () => {
    const app = memoryBackend();
    const score = await scoreFormEdits(app);
    app.close();
    console.log(
      `form edits: ${score.files} files, right ${score.right} / asked ${score.asked} / wrong ${score.wrong}`,
    );
    for (const j of score.judged.filter((x) => x.verdict === 'asked'))
      console.log(`  asked ${j.file} ${j.what}: ${j.why}`);
    const wrong = score.judged.filter((j) => j.verdict === 'wrong');
    expect(wrong.map((j) => `${j.file} ${j.what}: ${j.why}`)).toEqual([]);
    expect(score.files).toBeGreaterThanOrEqual(19);
  }, 60_000);
});
