import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LoadDataRow } from './image-data-controls';
import type { ImageDataState } from './image-data-loader';

afterEach(cleanup);

const counts = { train: 6068, val: 674, testNormal: 1135, testAnomaly: 1009 };
const split = { dim: 784, trainX: new Float32Array(0), valX: new Float32Array(0), testX: new Float32Array(0), testLabels: new Uint8Array(0), testClasses: new Uint8Array(0), counts };

describe('image data controls', () => {
  it('LoadDataRow shows the labelled counts in a fixed order, and a failed load', () => {
    const text = { load: 'Load data', loading: 'Loading…', counts: { testAnomaly: 'test anomalies', train: 'train normals' } };
    const ready: ImageDataState = { status: 'ready', error: null, split, key: 'k' };
    let loads = 0;
    const { rerender } = render(<LoadDataRow data={ready} blocked={false} text={text} lang="en" onLoad={() => loads++} />);
    expect(screen.getByTestId('count-train').textContent).toBe('6068');
    expect(screen.getByTestId('count-test-anomaly').textContent).toBe('1009');
    expect(screen.queryByTestId('count-val')).toBeNull();
    expect([...document.querySelectorAll('dt')].map((d) => d.textContent)).toEqual(['train normals', 'test anomalies']);
    fireEvent.click(screen.getByTestId('data-load'));
    expect(loads).toBe(1);
    rerender(<LoadDataRow data={{ status: 'loading', error: { code: 'images-failed', values: { text: 'offline' } }, split: null, key: null }} blocked={false} text={text} lang="en" onLoad={() => loads++} />);
    expect(screen.getByTestId('data-load').textContent).toBe('Loading…');
    expect(screen.getByTestId('data-load').getAttribute('aria-disabled')).toBe('true');
    expect(screen.queryByTestId('count-train')).toBeNull();
    expect(screen.getByRole('alert').textContent).toBe('Could not load the images: offline');
  });
});
