// White spots: areas of settlements beyond the standard; the popup names their settlements.
import { getJson, urls } from '../api.js';
import { el, POPUP_OPTIONS } from '../dom.js';
import { t, tf, formatNumber } from '../i18n.js';
import { getStyles } from '../styles.js';

function popup(p) {
  const listed = p.settlements || [];
  const items = listed.map((s) => el('li', {}, el('span', {}, s.name), el('span', { className: 'figure' },
    formatNumber(s.population))));
  const more = p.settlementCount - listed.length;
  return el('div', { className: 'popup white-spot-popup' },
    el('strong', {}, t('layerWhiteSpots')),
    el('div', {}, `${t('residentsOf')}: ${formatNumber(p.population)}`),
    el('div', {}, `${t('spotSettlements')}: ${formatNumber(p.settlementCount)}`),
    el('ul', { className: 'spot-settlements' }, items),
    more > 0 ? el('div', { className: 'note' }, tf('andMore', { n: formatNumber(more) })) : null);
}

export function createWhiteSpotLayer(L) {
  const group = L.geoJSON(null, {
    style: () => {
      const w = getStyles().whiteSpots;
      return { color: w.stroke, weight: w.strokeWidth, fillColor: w.fill, fillOpacity: w.fillOpacity };
    },
    onEachFeature: (feature, layer) => {
      layer.bindPopup(() => popup(feature.properties), POPUP_OPTIONS);
    },
  });
  return {
    layer: group,
    async load(area) {
      const data = await getJson(urls.layer('white-spots', area));
      group.clearLayers();
      group.addData(data);
      return data.features.length;
    },
    /** Draws white spots computed elsewhere (a what-if's or a plan's). */
    show(data) {
      group.clearLayers();
      group.addData(data);
      return data.features.length;
    },
  };
}
