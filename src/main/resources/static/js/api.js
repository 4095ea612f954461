// The planner's HTTP API: one place that knows the URLs.

// A shared server needs a login (the page's session) and sends the CSRF token that Spring Security
// keeps in the XSRF-TOKEN cookie back as a header on every write; in single-user mode both are moot.
function csrfHeaders() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? { 'X-XSRF-TOKEN': decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) } : {};
}

async function read(response) {
  if (response.status === 401) {
    window.location.assign('/login');
    throw new Error('login needed');
  }
  const type = response.headers.get('content-type') || '';
  const body = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    const message = body && body.error ? body.error.message : (body && body.message) || response.statusText;
    throw new Error(message || String(response.status));
  }
  return body;
}

export async function getJson(url) {
  return read(await fetch(url, { headers: { Accept: 'application/json' } }));
}

export async function postJson(url, body) {
  return read(await fetch(url, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...csrfHeaders() },
    body: JSON.stringify(body),
  }));
}

export async function patchJson(url, body) {
  return read(await fetch(url, {
    method: 'PATCH', headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...csrfHeaders() },
    body: JSON.stringify(body),
  }));
}

export async function deleteJson(url) {
  return read(await fetch(url, { method: 'DELETE', headers: { Accept: 'application/json', ...csrfHeaders() } }));
}

export async function postForm(url, form) {
  return read(await fetch(url, {
    method: 'POST', body: form, headers: { Accept: 'application/json', ...csrfHeaders() },
  }));
}

/** The coverage parameters every layer takes. */
export function areaParams(area, extra = {}) {
  const params = new URLSearchParams({ oblast: area.oblast, minutes: area.minutes, km: area.km, rule: area.rule });
  if (area.register) params.set('register', area.register);
  if (area.excludeOccupied === false) params.set('excludeOccupied', 'false');
  if (area.service) params.set('service', area.service);
  if (area.barrierFree) params.set('barrierFree', 'true');
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  return params;
}

export const urls = {
  config: () => '/api/map/config',
  oblasts: () => '/api/oblasts',
  registers: () => '/api/registers',
  layer: (name, area, extra) => `/api/layers/${name}.geojson?${areaParams(area, extra)}`,
  kpis: (area) => `/api/layers/kpis?${areaParams(area)}`,
  hromadaAccess: (code, area) => `/api/hromadas/${encodeURIComponent(code)}/access?${areaParams(area)}`,
  whatIf: () => '/api/coverage/what-if',
  plans: () => '/api/plans',
  plan: (id) => `/api/plans/${encodeURIComponent(id)}`,
  planCoverage: (id) => `/api/plans/${encodeURIComponent(id)}/coverage`,
  proposals: (id) => `/api/layers/proposals.geojson?plan=${encodeURIComponent(id)}`,
  scenarios: () => '/api/scenarios',
  scenario: (id) => `/api/scenarios/${encodeURIComponent(id)}`,
  donorReport: (id) => `/api/scenarios/${encodeURIComponent(id)}/donor-report.csv`,
  runScenario: (id) => `/api/scenarios/${encodeURIComponent(id)}/run`,
  compareScenarios: (a, b) => `/api/scenarios/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`,
  scenarioDifference: (a, b) => `/api/scenarios/compare/difference.geojson?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`,
  uploads: () => '/api/registers/uploads',
  confirmUpload: (id, acceptRejected) => `/api/registers/uploads/${encodeURIComponent(id)}/confirm`
    + (acceptRejected ? '?acceptRejected=true' : ''),
  // built by another helper to this contract: GET /api/exports/{layer}?oblast=X&format=…(+ coverage params)
  exportLayer: (layer, area, format, plan) => {
    const params = areaParams(area, { format });
    if (plan) params.set('plan', plan);
    return `/api/exports/${layer}?${params}`;
  },
  // built by another helper: mobile routes jobs
  routes: () => '/api/routes',
  routesJob: (id) => `/api/routes/${encodeURIComponent(id)}`,
  routesGeoJson: (id) => `/api/routes/${encodeURIComponent(id)}/routes.geojson`,
};
