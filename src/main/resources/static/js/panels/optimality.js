// How good a plan is, in words: proven optimal, or at most X % from the best possible, and whether it is
// the cheapest plan of its coverage. For a plan (PlanResult) and a scenario's solve (SolveOutcome) alike.
import { t, tf, formatNumber } from '../i18n.js';

/**
 * @param outcome      { gap, bound, newlyCoveredPopulation, costGap, stoppedAtOptimum }
 * @param hasProposals whether the plan proposes anything (a cost statement needs something to cost)
 */
export function optimalityWords(outcome, hasProposals) {
  const words = [];
  if (outcome.gap === null || outcome.gap === undefined || outcome.bound === null || outcome.bound === undefined) {
    words.push(t('noBound'));
  } else if (outcome.gap <= 1e-9) {
    words.push(t('provenOptimal'));
  } else {
    words.push(tf('withinGap', {
      p: formatNumber(outcome.gap * 100, 1), n: formatNumber(outcome.newlyCoveredPopulation),
      b: formatNumber(Math.floor(outcome.bound)),
    }));
  }
  if (outcome.costGap !== null && outcome.costGap !== undefined && hasProposals) {
    words.push(outcome.costGap <= 1e-9 ? t('cheapestWords') : tf('costGapWords', { p: formatNumber(outcome.costGap * 100, 1) }));
  }
  if (outcome.stoppedAtOptimum) words.push(t('stoppedAtOptimum'));
  return words.join(' ');
}

/** Whether the words say "proven optimal" (drawn green). */
export function provenOptimal(outcome) {
  return outcome.gap !== null && outcome.gap !== undefined && outcome.gap <= 1e-9;
}
