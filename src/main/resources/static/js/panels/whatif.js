// What-if edits live in the page: points added by a click, removed or marked closed; each edit
// recomputes the oblast's coverage (POST /api/coverage/what-if) and recolours the hromadas.
import { postJson, urls } from '../api.js';
import { el, definitions, replaceChildren } from '../dom.js';
import { t, label, formatNumber, formatShare } from '../i18n.js';
import { getStyles } from '../styles.js';

export function createWhatIfPanel({ map, getArea, onStatus, onChanged }) {
  const edits = { added: [], removed: new Map(), closed: new Map() }; // id -> name for removed/closed
  const list = document.getElementById('whatif-edits');
  const result = document.getElementById('whatif-result');
  const kindSelect = document.getElementById('whatif-kind');
  const losses = document.getElementById('whatif-losses');
  let lastComparison = null;
  let adding = false;
  let counter = 0;

  function render() {
    const kinds = getStyles().accessPoints;
    const items = [
      ...edits.added.map((p) => el('li', {}, `${label(kinds[p.kind].label)} ${t('added')}: ${p.name}`)),
      ...[...edits.removed.values()].map((name) => el('li', {}, `${name}: ${t('removed')}`)),
      ...[...edits.closed.values()].map((name) => el('li', {}, `${name}: ${t('closed')}`)),
    ];
    replaceChildren(list, items);
  }

  function showComparison(comparison) {
    const change = comparison.after.populationCovered - comparison.before.populationCovered;
    definitions(result, [
      [`${t('coveredShare')} (${t('before')})`, formatShare(comparison.before.coveredShare)],
      [`${t('coveredShare')} (${t('whatIfAfter')})`, formatShare(comparison.after.coveredShare)],
      [`${t('populationCovered')}: ${t('change').toLowerCase()}`, `${change > 0 ? '+' : ''}${formatNumber(change)}`],
      [t('whiteSpots'), `${formatNumber(comparison.whiteSpotsBefore)} → ${formatNumber(comparison.whiteSpotsAfter)}`],
    ]);
    renderLosses(comparison);
  }

  // what a closure or removal costs: hromadas left without a main office, people losing access
  function renderLosses(comparison) {
    const leftWithout = comparison.hromadas.filter((h) => h.mainOfficeBefore === true && h.mainOfficeAfter === false);
    const losing = comparison.hromadas
      .map((h) => ({ name: h.name, lost: (h.populationCoveredBefore ?? 0) - (h.populationCoveredAfter ?? 0) }))
      .filter((h) => h.lost > 0)
      .sort((a, b) => b.lost - a.lost);
    const parts = [];
    const removing = edits.removed.size + edits.closed.size > 0;
    if (removing) {
      parts.push(el('h3', {}, t('leftWithoutMainOffice')));
      parts.push(leftWithout.length ? el('ul', { id: 'left-without-main-office' }, leftWithout.map((h) => el('li', {}, h.name)))
        : el('p', { className: 'note' }, t('noneLeftWithout')));
    }
    if (removing || losing.length) {
      const total = losing.reduce((sum, h) => sum + h.lost, 0);
      parts.push(el('h3', {}, `${t('lostAccess')}: ${formatNumber(total)} ${t('residents')}`));
      if (losing.length) {
        parts.push(el('ul', { id: 'losing-access' }, losing.map((h) => el('li', {}, `${h.name}: ${formatNumber(h.lost)} ${t('peopleLosing')}`))));
      }
    }
    replaceChildren(losses, el('div', { className: 'losses' }, parts));
  }

  async function recompute() {
    render();
    const area = getArea();
    if (edits.added.length + edits.removed.size + edits.closed.size === 0) {
      replaceChildren(result);
      replaceChildren(losses);
      lastComparison = null;
      await onChanged(edits, null);
      return;
    }
    if (area.oblast === 'all') {
      onStatus(t('chooseOblast'));
      return;
    }
    onStatus(t('loading'));
    try {
      const comparison = await postJson(urls.whatIf(), {
        oblast: area.oblast, minutes: Number(area.minutes), km: Number(area.km), rule: area.rule,
        excludeOccupied: area.excludeOccupied !== false, service: area.service || null,
        barrierFree: area.barrierFree === true,
        register: area.register || null, added: edits.added, removedIds: [...edits.removed.keys()],
        closedIds: [...edits.closed.keys()],
      });
      lastComparison = comparison;
      showComparison(comparison);
      result.dataset.after = String(comparison.after.coveredShare);
      await onChanged(edits, comparison);
      onStatus(`${t('ready')} (${formatNumber(comparison.seconds, 2)} ${t('seconds')})`);
    } catch (error) {
      onStatus(`${t('failed')}: ${error.message}`);
    }
  }

  document.getElementById('whatif-add').addEventListener('click', () => {
    adding = true;
    map.getContainer().classList.add('adding');
    onStatus(t('clickMap'));
  });
  document.getElementById('whatif-reset').addEventListener('click', () => {
    edits.added = [];
    edits.removed.clear();
    edits.closed.clear();
    recompute();
  });
  map.on('click', (event) => {
    if (!adding) return;
    adding = false;
    map.getContainer().classList.remove('adding');
    counter += 1;
    const kind = kindSelect.value;
    edits.added.push({
      id: String(counter), kind, lon: event.latlng.lng, lat: event.latlng.lat,
      name: `${label(getStyles().accessPoints[kind].label)} #${counter}`,
    });
    recompute();
  });

  return {
    edits,
    isAdding: () => adding,
    remove(point) {
      if (point.id.startsWith('what-if:') || edits.added.includes(point)) {
        edits.added = edits.added.filter((p) => p !== point);
      } else {
        edits.closed.delete(point.id);
        edits.removed.set(point.id, point.name);
      }
      map.closePopup();
      recompute();
    },
    close(point) {
      edits.closed.set(point.id, point.name);
      map.closePopup();
      recompute();
    },
    reset() {
      edits.added = [];
      edits.removed.clear();
      edits.closed.clear();
      render();
      replaceChildren(result);
      replaceChildren(losses);
      lastComparison = null;
    },
    render() {
      render();
      if (lastComparison) showComparison(lastComparison);
    },
  };
}
