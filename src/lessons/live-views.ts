import type { ComponentType } from 'react';

/**
 * Presenter-mode views that put a lesson's live parts on one screen, by lesson
 * id, loaded with the presenter. Lesson 1's puts the threshold slider, the score
 * histogram and the ROC curve together, so a room can watch the ROC point move
 * while the slider is dragged.
 */
export const LIVE_VIEWS: Record<string, () => Promise<ComponentType>> = {
  'dense-ae': () => import('./dense-ae/cells/live-view').then((m) => m.LiveView),
};
