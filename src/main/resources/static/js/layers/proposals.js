// A plan's proposals (star symbols of styles.json) and the page's what-if additions.
import { getJson, urls } from '../api.js';
import { el, definitions, POPUP_OPTIONS } from '../dom.js';
import { t, label, formatNumber } from '../i18n.js';
import { getStyles, symbolIcon } from '../styles.js';

export function createProposalLayer(L) {
  const group = L.layerGroup();
  return {
    layer: group,
    async load(planId) {
      const data = await getJson(urls.proposals(planId));
      group.clearLayers();
      const styles = getStyles();
      for (const f of data.features) {
        const p = f.properties;
        const [lon, lat] = f.geometry.coordinates;
        const marker = L.marker([lat, lon], { icon: symbolIcon(L, styles.proposals[p.kind] || styles.proposals.REMOTE_WORKPLACE), title: p.name });
        marker.bindPopup(() => {
          const dl = el('dl');
          definitions(dl, [
            [t('kind'), label((styles.accessPoints[p.kind] || {}).label)],
            [t('cost'), formatNumber(p.costUah)],
            [t('newlyCovered'), formatNumber(p.newlyCoveredPopulation)],
            [t('perResident'), formatNumber(p.costPerNewlyCoveredResidentUah)],
          ]);
          return el('div', { className: 'popup' }, el('strong', {}, p.name), dl);
        }, POPUP_OPTIONS);
        group.addLayer(marker);
      }
      return data.features.length;
    },
    clear() {
      group.clearLayers();
    },
  };
}

/** The what-if additions: the same symbols as real access points, drawn in their own group. */
export function createAddedPointLayer(L) {
  const group = L.layerGroup();
  return {
    layer: group,
    draw(added, onRemove) {
      group.clearLayers();
      const styles = getStyles().accessPoints;
      for (const point of added) {
        const marker = L.marker([point.lat, point.lon], { icon: symbolIcon(L, styles[point.kind]), title: point.name });
        marker.bindPopup(() => el('div', { className: 'popup' }, el('strong', {}, point.name),
          el('div', { className: 'buttons' }, el('button', { type: 'button', onclick: () => onRemove(point) }, t('remove')))));
        group.addLayer(marker);
      }
    },
  };
}
