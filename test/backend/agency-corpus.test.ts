// The importer on the corpus of real-world agency layouts (test/fixtures/agency-files): no fact
// may be confidently wrong, and at least 95 % must be read right without a question.
import { describe, expect, it } from 'vitest';
import { scoreCorpus } from '../fixtures/agency-files/score-corpus';
import { memoryBackend } from './helpers';

describe('agency layouts corpus', () => {
  it('is never confidently wrong and reads ≥ 95 % of the facts without asking', async () => {
    const app = memoryBackend();
    const score = await scoreCorpus(app);
    const wrong = score.judged.filter((j) => j.verdict === 'wrong');
    expect(wrong.map((j) => `${j.file} ${j.what}: ${j.why}`)).toEqual([]);
    const total = score.right + score.asked + score.wrong;
    expect(score.files).toBeGreaterThanOrEqual(25);
    expect(score.right / total).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});
