// The page's words in Ukrainian (default) and English. Labels of layer classes and kinds come from
// /maps/styles.json, which carries both languages.
const WORDS = {
  uk: {
    title: 'Карта планування ЦНАП', area: 'Територія', country: 'Україна (усі області)', minutes: 'Хвилин',
    km: 'км', rule: 'Правило', ruleEither: 'час або відстань', ruleBoth: 'час і відстань', apply: 'Показати',
    excludeOccupied: 'Без окупованих територій і територій бойових дій',
    excludedByOrder: 'Не враховано (окуповані та території бойових дій)', excludedResidents: 'жителів',
    excludedSettlements: 'населених пунктів', excludedHromadas: 'громад цілком', closedPoints: 'закритих точок доступу',
    asOf: 'станом на', includedOnRequest: 'Окуповані території та території бойових дій враховано на вимогу',
    noOrderList: 'Перелік за Наказом № 376 не імпортовано: нічого не виключено',
    kpis: 'Показники', population: 'Населення', populationCovered: 'У межах стандарту',
    coveredShare: 'Частка покритого населення', uncoveredSettlements: 'Населених пунктів поза стандартом',
    sensitivity: 'Чутливість до похибки часу', ifSlower: 'якщо поїздки на {p} % довші', ifFaster: 'на {p} % коротші',
    outOfSample: 'поза вибіркою',
    meanTravelTime: 'Середній час до точки', p90TravelTime: '90-й процентиль часу',
    hromadasWithoutMainOffice: 'Громад без ЦНАП', whiteSpots: 'Білі плями', whiteSpotPopulation: 'Населення білих плям',
    noRegister: 'Реєстр точок доступу не завантажено: покриття невідоме',
    unknown: 'невідомо', populationWithRegister: 'Населення областей з реєстром',
    oblastsWithoutRegister: 'Покриття невідоме (немає реєстру)',
    populationNote: '1 січня 2022 р., до переміщення', populationNoteNational: 'без Криму і Севастополя',
    model: 'Модель часу в дорозі', modelError: 'медіанна похибка', nearestOffices: 'Найближчі точки доступу',
    travelTimes: 'Час до найближчої точки (населення)', unreachable: 'недосяжні', minutesShort: 'хв',
    scenario: 'Сценарій розширення мережі', scenarioNote: 'Для однієї області; стандарт береться з верхньої панелі.',
    budget: 'Бюджет, грн', kindsAllowed: 'Дозволені типи', rules: 'Правила',
    rulesDefault: 'усі (ЦНАП у кожній громаді, …)', rulesNone: 'лише бюджет', timeLimit: 'Час пошуку, с',
    run: 'Запустити', cancel: 'Зупинити', status: 'Стан', bestScore: 'Найкраща оцінка',
    coveredAfter: 'Покрито з планом', elapsed: 'Минуло, с', comparison: 'До і після', before: 'Зараз',
    after: 'З планом', showPlanColours: 'Громади за покриттям з планом', proposals: 'Нових точок',
    cost: 'Вартість, грн', newlyCovered: 'Нових покритих жителів', chooseOblast: 'Оберіть область',
    whatIf: 'Що, якщо…', whatIfNote: 'Зміни живуть лише на цій сторінці.', kind: 'Тип',
    addPoint: 'Додати точку кліком на карті', reset: 'Скинути', clickMap: 'Клацніть на карті, де відкрити точку',
    added: 'додано', removed: 'вилучено', closed: 'позначено зачиненою', remove: 'Вилучити',
    markClosed: 'Позначити зачиненою', upload: 'Реєстр точок доступу області', format: 'Формат',
    formatTemplate: 'шаблон (docs/register-template.md)', formatChernivtsi: 'офіційний CSV Чернівецької області',
    validate: 'Перевірити', confirm: 'Зберегти', chooseFile: 'Оберіть файл', rowsValid: 'Придатних точок',
    rowsRejected: 'Відхилених рядків', rowsRepaired: 'Виправлених', warnings: 'Зауважень', replaces: 'Замінить реєстр',
    creates: 'Створить реєстр', saved: 'Збережено', row: 'Рядок', reason: 'Причина',
    exports: 'Експорт', legend: 'Легенда', layerHromadas: 'Громади', layerAccessPoints: 'Точки доступу',
    layerSettlements: 'Населені пункти', layerWhiteSpots: 'Білі плями', layerProposals: 'Пропозиції плану',
    layerRoutes: 'Мобільні маршрути', loading: 'Завантаження…', ready: 'Готово', failed: 'Помилка',
    services: 'Послуги', address: 'Адреса', statusOpen: 'працює', statusClosed: 'тимчасово не працює',
    travelTime: 'Час у дорозі', distance: 'Відстань', covered: 'у межах стандарту', notCovered: 'поза стандартом',
    settlements: 'населених пунктів', seconds: 'с', share: 'частка', vehicle: 'Транспорт', day: 'День',
    arrival: 'Прибуття', noTiles: 'без базової карти',
    timetable: 'Розклад', visitDays: 'Дні циклу',
    routesTitle: 'Мобільні маршрути', routesNote: 'Для населених пунктів поза стандартом: графік на 4 тижні.',
    vehicles: 'Транспорт, од.', runRoutes: 'Скласти маршрути', populationReached: 'Охоплено мешканців',
    visits: 'Візитів за цикл', costPerYear: 'Вартість на рік, грн', shortOfVisits: 'Бракує візитів',
  },
  en: {
    title: 'CNAP planning map', area: 'Area', country: 'Ukraine (all oblasts)', minutes: 'Minutes', km: 'km',
    rule: 'Rule', ruleEither: 'time or distance', ruleBoth: 'time and distance', apply: 'Show', kpis: 'Figures',
    excludeOccupied: 'Without occupied territories and those of hostilities',
    excludedByOrder: 'Left out (occupied, hostilities)', excludedResidents: 'residents',
    excludedSettlements: 'settlements', excludedHromadas: 'whole hromadas', closedPoints: 'closed access points',
    asOf: 'as of', includedOnRequest: 'Occupied territories and those of hostilities included on request',
    noOrderList: 'No Order 376 list imported: nothing left out',
    population: 'Population', populationCovered: 'Within the standard', coveredShare: 'Covered share',
    sensitivity: 'Sensitivity to travel-time error', ifSlower: 'if trips take {p} % longer', ifFaster: '{p} % shorter',
    outOfSample: 'out of sample',
    uncoveredSettlements: 'Settlements beyond the standard', meanTravelTime: 'Mean travel time',
    p90TravelTime: '90th percentile travel time', hromadasWithoutMainOffice: 'Hromadas without a main office',
    whiteSpots: 'White spots', whiteSpotPopulation: 'People in white spots',
    noRegister: 'No register of access points loaded: coverage unknown', model: 'Travel-time model',
    unknown: 'unknown', populationWithRegister: 'Population of oblasts with a register',
    oblastsWithoutRegister: 'Coverage unknown (no register)',
    populationNote: '1 Jan 2022, before displacement', populationNoteNational: 'without Crimea and Sevastopol',
    modelError: 'median error', nearestOffices: 'Nearest access points',
    travelTimes: 'Time to the nearest access point (population)', unreachable: 'unreachable', minutesShort: 'min',
    scenario: 'Network expansion scenario', scenarioNote: 'One oblast; the standard comes from the top bar.',
    budget: 'Budget, UAH', kindsAllowed: 'Kinds allowed', rules: 'Rules',
    rulesDefault: 'all (a main office in every hromada, …)', rulesNone: 'budget only', timeLimit: 'Search time, s',
    run: 'Run', cancel: 'Stop', status: 'Status', bestScore: 'Best score', coveredAfter: 'Covered with the plan',
    elapsed: 'Elapsed, s', comparison: 'Before and after', before: 'Today', after: 'With the plan',
    showPlanColours: 'Colour hromadas by coverage with the plan', proposals: 'New access points',
    cost: 'Cost, UAH', newlyCovered: 'Newly covered residents', chooseOblast: 'Choose an oblast',
    whatIf: 'What if…', whatIfNote: 'Edits live in this page only.', kind: 'Kind',
    addPoint: 'Add a point by clicking the map', reset: 'Reset', clickMap: 'Click the map where to open it',
    added: 'added', removed: 'removed', closed: 'marked closed', remove: 'Remove', markClosed: 'Mark closed',
    upload: 'Oblast register of access points', format: 'Format',
    formatTemplate: 'template (docs/register-template.md)', formatChernivtsi: 'official Chernivtsi oblast CSV',
    validate: 'Validate', confirm: 'Save', chooseFile: 'Choose a file', rowsValid: 'Valid access points',
    rowsRejected: 'Rejected rows', rowsRepaired: 'Repaired', warnings: 'Remarks', replaces: 'Replaces register',
    creates: 'Creates register', saved: 'Saved', row: 'Row', reason: 'Reason', exports: 'Export', legend: 'Legend',
    layerHromadas: 'Hromadas', layerAccessPoints: 'Access points', layerSettlements: 'Settlements',
    layerWhiteSpots: 'White spots', layerProposals: 'Plan proposals', layerRoutes: 'Mobile routes',
    loading: 'Loading…', ready: 'Ready', failed: 'Failed', services: 'Services', address: 'Address',
    statusOpen: 'open', statusClosed: 'temporarily closed', travelTime: 'Travel time', distance: 'Distance',
    covered: 'within the standard', notCovered: 'beyond the standard', settlements: 'settlements', seconds: 's',
    share: 'share', vehicle: 'Vehicle', day: 'Day', arrival: 'Arrival', noTiles: 'no basemap',
    timetable: 'Timetable', visitDays: 'Days of the cycle',
    routesTitle: 'Mobile routes', routesNote: 'For the settlements beyond the standard: a 4-week schedule.',
    vehicles: 'Vehicles', runRoutes: 'Schedule routes', populationReached: 'Residents reached',
    visits: 'Visits per cycle', costPerYear: 'Cost per year, UAH', shortOfVisits: 'Short of visits',
  },
};

let language = 'uk';
const listeners = [];

export function currentLanguage() {
  return language;
}

/** The word for a key in the current language (the key itself when missing, so gaps show). */
export function t(key) {
  return WORDS[language][key] ?? WORDS.uk[key] ?? key;
}

/** A {uk, en} label from styles.json in the current language. */
export function label(labels) {
  if (!labels) return '';
  return labels[language] ?? labels.uk ?? '';
}

export function formatNumber(value, digits = 0) {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(language === 'uk' ? 'uk-UA' : 'en-GB',
    { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

export function formatShare(share) {
  return share === null || share === undefined ? '—' : formatNumber(share * 100, 1) + ' %';
}

/** A coverage figure that is null because no register covers the area: "невідомо", never 0 %. */
export function formatKnown(value, format) {
  return value === null || value === undefined ? t('unknown') : format(value);
}

export function formatMinutes(seconds) {
  return seconds === null || seconds === undefined ? '—' : formatNumber(seconds / 60, 1) + ' ' + t('minutesShort');
}

/** Calls fn now and whenever the language changes. */
export function onLanguageChange(fn) {
  listeners.push(fn);
}

export function setLanguage(lang) {
  language = WORDS[lang] ? lang : 'uk';
  document.documentElement.lang = language;
  document.title = t('title');
  for (const element of document.querySelectorAll('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n);
  }
  listeners.forEach((fn) => fn(language));
}
