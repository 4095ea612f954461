// White spots: areas of settlements beyond the standard.
import { getJson, urls } from '../api.js';
import { el } from '../dom.js';
import { t, formatNumber } from '../i18n.js';
import { getStyles } from '../styles.js';

export function createWhiteSpotLayer(L) {
  const group = L.geoJSON(null, {
    style: () => {
      const w = getStyles().whiteSpots;
      return { color: w.stroke, weight: w.strokeWidth, fillColor: w.fill, fillOpacity: w.fillOpacity };
    },
    onEachFeature: (feature, layer) => {
      layer.bindPopup(() => el('div', { className: 'popup' }, el('strong', {}, t('layerWhiteSpots')),
        el('div', {}, `${t('population')}: ${formatNumber(feature.properties.population)}`),
        el('div', {}, `${formatNumber(feature.properties.settlementCount)} ${t('settlements')}`)));
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
  };
}
