import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClassSelection } from '../core/data/class-split';
import { ClassPicker } from './class-picker';

afterEach(cleanup);

const TEXT = { normalClasses: 'Normal', anomalyClasses: 'Anomaly', alreadyNormal: 'already normal' };

describe('ClassPicker', () => {
  it('shows ten chips per group with the dataset’s names, locks normals on the anomaly side and reports the patch', () => {
    const patches: Partial<ClassSelection>[] = [];
    render(
      <ClassPicker dataset="fashion" selection={{ normal: [7], anomaly: [9] }} text={TEXT} error="Bad selection." onChange={(p) => patches.push(p)}>
        <button type="button">extra</button>
      </ClassPicker>,
    );
    expect(screen.getByTestId('normal-digit-7').textContent).toBe('Sneaker');
    expect(screen.getByTestId('normal-digit-7').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('anomaly-digit-9').getAttribute('aria-pressed')).toBe('true');
    const locked = screen.getByTestId('anomaly-digit-7') as HTMLButtonElement;
    expect([locked.disabled, locked.title]).toEqual([true, 'already normal']);
    expect((screen.getByTestId('normal-digit-9') as HTMLButtonElement).disabled).toBe(false);
    expect(screen.getByTestId('anomaly-digit-0').hasAttribute('title')).toBe(false);
    fireEvent.click(screen.getByTestId('normal-digit-9'));
    fireEvent.click(screen.getByTestId('anomaly-digit-3'));
    expect(patches).toEqual([{ normal: [7, 9], anomaly: [] }, { anomaly: [3, 9] }]);
    expect(screen.getByTestId('param-error-selection').textContent).toBe('Bad selection.');
    expect(screen.getAllByRole('group')[1].textContent).toContain('extra');
  });

  it('shows no error notice for a good selection', () => {
    render(<ClassPicker dataset="mnist" selection={{ normal: [1], anomaly: [9] }} text={TEXT} onChange={() => undefined} />);
    expect(screen.queryByTestId('param-error-selection')).toBeNull();
    expect(screen.getAllByRole('button')).toHaveLength(20);
  });

  it('is one tab stop, moved with the arrow keys', () => {
    render(<ClassPicker dataset="mnist" selection={{ normal: [1], anomaly: [9] }} text={TEXT} onChange={() => undefined} />);
    const tabbable = () => screen.getAllByRole('button').filter((b) => b.tabIndex === 0).map((b) => b.getAttribute('data-testid'));
    expect(tabbable()).toEqual(['normal-digit-1']);
    screen.getByTestId('normal-digit-1').focus();
    fireEvent.keyDown(screen.getByTestId('normal-digit-1'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(screen.getByTestId('normal-digit-2'));
    // Down from class 1 lands on anomaly 2: anomaly 1 is locked (1 is normal).
    fireEvent.keyDown(screen.getByTestId('normal-digit-2'), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(screen.getByTestId('anomaly-digit-2'));
    fireEvent.keyDown(screen.getByTestId('anomaly-digit-2'), { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(screen.getByTestId('anomaly-digit-0'));
    expect(tabbable()).toEqual(['anomaly-digit-0']);
  });
});
