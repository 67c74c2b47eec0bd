import { describe, expect, it } from 'vitest';
import fixtures from '../../src/core/textures/fixtures/texture-fixtures.json';
import { generateLeather } from '../../src/core/textures/leather';
import { loadTexture } from './texture-files';

describe('loadTexture (Node)', () => {
  it('decodes the committed photos to scikit-image\'s pixels', async () => {
    for (const name of ['grass', 'gravel', 'brick'] as const) {
      const image = await loadTexture(name);
      expect([image.width, image.height]).toEqual([512, 512]);
      const sum = image.data.reduce((s, v) => s + Math.round(v * 255), 0);
      expect(sum).toBe(fixtures.textures[name].sum);
    }
  });

  it('returns a new image per call and makes the generated ones from their seed', async () => {
    const a = await loadTexture('gravel');
    a.data[0] = 5;
    expect((await loadTexture('gravel')).data[0]).not.toBe(5);
    expect((await loadTexture('leather', 2)).data[999]).toBe(generateLeather(2).data[999]);
    await expect(loadTexture('wood' as never)).rejects.toThrow('Unknown texture "wood"');
  });
});
