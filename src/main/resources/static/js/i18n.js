// The page's words in Ukrainian (default) and English. Labels of layer classes and kinds come from
// /maps/styles.json, which carries both languages.
const WORDS = {
  uk: {
    service: 'Послуга', serviceAny: 'усі послуги (будь-яка точка доступу)', barrierFreeOnly: 'лише безбар’єрні',
    serviceFigures: 'Показники для послуги', stepFree: 'безбар’єрний доступ',
    serviceMeeting: 'Враховано точки доступу, де за реєстром є {s}: {n}',
    serviceNotTelling: 'не враховано точок, про які реєстр цього не каже: {n}',
    serviceRegistersSilent: 'Реєстри без цих відомостей, покриття там невідоме: {r}',
    populationWithServiceRegister: 'Населення областей, де реєстр каже про цю послугу',
    oblastsServiceUnknown: 'Покриття невідоме (реєстр не каже, де є ця послуга)',
    serviceUnknown: 'Реєстр не каже, які точки доступу надають цю послугу: покриття для неї невідоме, не 0 %.',
    planService: 'Послуга: {s}.', owner: 'власник', ownerNone: 'без облікового запису', readOnly: 'лише перегляд',
    donorTitle: 'Питання донора: паспортні станції і мобільні кейси',
    donorNote: 'Де задана кількість обладнання нових жителів обслужить найбільше; стандарт і реєстр — з верхньої панелі. Результат зберігається як сценарій.',
    passportStations: 'Паспортних станцій', mobileCases: 'Мобільних кейсів', budgetOptional: 'Бюджет, грн (не обов’язково)',
    stationsOnlyPassport: 'Паспортні станції допомагають лише паспортним послугам: оберіть їх або поставте 0 станцій.',
    nothingAsked: 'Вкажіть кількість станцій чи кейсів або бюджет.',
    donorName: 'Донор: {s}, {oblast}', donorServiceWords: 'Послуга: {s}; стандарт: {minutes} хв {rule} {km} км.',
    populationServed: 'Обслуговано жителів', shareServed: 'Частка обслужених', newlyServed: 'Нових обслужених жителів',
    perNewlyServed: 'Грн на нового обслуженого жителя',
    servedNote: 'Обслуговано — у межах стандарту від точки з цією послугою або візитами мобільного кейса.',
    donorProposals: 'Пропозиції: найдешевші на нового обслуженого жителя першими', cumulativeShare: 'разом {p}',
    assumptionsWords: 'Припущення', kindPASSPORT_STATION: 'Паспортна станція', costEach: '{oneOff} грн разово + {yearly} грн на рік',
    donorNothing: 'Нічого не запропоновано: жодне обладнання не наближає послугу до нових жителів за цих налаштувань.',
    register: 'Реєстр', registerCurrent: 'чинні реєстри областей', registerHistorical: 'історичний',
    registerNote: 'Реєстр', registerNone: 'жодного реєстру для цієї території',
    find: 'Знайти', findPlaceholder: 'громада або населений пункт', notFound: 'Не знайдено',
    dataVintage: 'Дані', importedOn: 'імпортовано', planStatus: 'Стан',
    statusBOUNDING: 'обчислюється межа найкращого можливого', statusSOLVING: 'пошук плану',
    statusDONE: 'готово', statusCANCELLED: 'зупинено: показано найкращий знайдений план', statusFAILED: 'не вдалося',
    statusQUEUED: 'у черзі', statusRUNNING: 'виконується', statusNEW: 'створено', statusINTERRUPTED: 'перервано',
    provenOptimal: 'Доведено оптимальний: жоден план у межах бюджету не покриє більше жителів.',
    withinGap: 'Не більше ніж на {p} % гірший за найкращий можливий (нових покритих жителів щонайменше {n} з можливих {b}).',
    noBound: 'Межу найкращого можливого не обчислено: якість плану не доведено.',
    costGapWords: 'Вартість не більше ніж на {p} % вища за найдешевший план з таким самим охопленням.',
    cheapestWords: 'Це найдешевший план з таким охопленням.',
    stoppedAtOptimum: 'Пошук зупинено, щойно досягнуто доведеного оптимуму.',
    reasonAllCovered: 'Пропонувати нічого: за цих налаштувань усі жителі вже в межах стандарту.',
    reasonNoRegister: 'Пропонувати нічого: для області немає реєстру точок доступу, покриття невідоме.',
    reasonBudget: 'Пропонувати нічого: бюджету {budget} грн не вистачає на жодну точку (найдешевша — {cheapest} грн за {horizon}).',
    reasonNoCandidate: 'Пропонувати нічого: жоден можливий пункт не наближає до стандарту нових жителів.',
    reasonInfeasible: 'План порушує правила: {v}.',
    proposalsTitle: 'Пропозиції', site: 'Місце', hromada: 'Громада', oneOff: 'Разово, грн', yearly: 'На рік, грн',
    perResident: 'Грн на нового покритого жителя', total: 'Разом',
    costOverHorizon: 'Вартість за {horizon} (разові + річні витрати), грн',
    horizonNote: 'Вартість — разові витрати плюс річні за {horizon}; витрати за типами — припущення, їх можна змінити в налаштуваннях.',
    sameStandard: 'Стандарт: {minutes} хв {rule} {km} км — той самий, що й у показниках вище.',
    ruleWordEither: 'або', ruleWordBoth: 'і', populationBeyond: 'Населення поза стандартом',
    whiteSpotsNote: 'Кількість білих плям може зрости, коли велика пляма розпадається на менші; важить їхнє населення.',
    spotSettlements: 'Населені пункти', andMore: 'і ще {n}', residents: 'жителів', residentsOf: 'Жителів',
    travelModelWords: 'Час у дорозі оцінено моделлю «{m}»', sensitivityWords: 'Якщо поїздки на {p} % довші, частка покритих — {slower}; якщо на {p} % коротші — {faster}.',
    modelRoad: 'дорожня мережа', modelFallback: 'швидкість за прямою, відкалібрована за реальними поїздками',
    lostAccess: 'Втратять доступ у межах стандарту', leftWithoutMainOffice: 'Громади, що залишаться без ЦНАП',
    noneLeftWithout: 'Жодна громада не залишиться без ЦНАП.', peopleLosing: 'жителів втратять доступ',
    depot: 'база', stop: 'Населений пункт', timetables: 'Розклад для жителів',
    reasonFleet: 'бракує транспорту: робочих годин за цикл менше, ніж потребують візити',
    reasonNotFitted: 'не вмістився у зміни до кінця пошуку: більше часу, транспорту чи довша зміна можуть допомогти',
    reasonNoVehicle: 'немає жодного транспортного засобу', reasonOutOfReach: 'задалеко: від найближчої бази ({a}) один візит триває {b}, довше за зміну',
    reasonCycle: 'потрібно {a} візитів, а в циклі лише {b} робочих днів (один візит на день)',
    remarks: 'Зауваження та виправлення', acceptRejected: 'Так, зберегти лише {saved} точок доступу замість {now}, які область має зараз ({rejected} рядків відхилено)',
    mainOfficeUnknown: 'реєстр складено до реформи 2020 р. і не розрізняє типів точок, тож не видно, які громади мають ЦНАП',
    savedScenarios: 'Збережені сценарії', savedScenariosNote: 'Позначте два, щоб порівняти; чужі сценарії лише для перегляду.',
    refresh: 'Оновити', compare: 'Порівняти', rename: 'Перейменувати', delete: 'Видалити', newName: 'Нова назва сценарію',
    confirmDelete: 'Видалити сценарій «{name}»?', donorReport: 'Звіт для донора (CSV)', donorReportShort: 'звіт',
    comparisonOf: 'Порівняння', differenceNote: 'На карті: різниця частки покритого населення громад (Б − А).',
    kpiCoveredBefore: 'Покрито до плану', kpiCoveredAfter: 'Покрито з планом', kpiShareBefore: 'Частка до плану',
    kpiShareAfter: 'Частка з планом',
    percentagePoints: 'п. п.', sideA: 'А', sideB: 'Б', diaCentre: 'Дія.Центр',
    siteHeader: 'Місце, громада, тип', costHeader: 'Вартість за {horizon}, грн (разово + на рік)',
    costParts: '{oneOff} разово + {yearly} на рік', costHeaderTotal: 'Вартість за {horizon}, грн',
    standardWord: 'Стандарт', whatIfAfter: 'зі змінами', change: 'Зміна', rowWord: 'рядок',
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
    formatTemplate: 'шаблон планувальника (опис — у посібнику з реєстру)', formatChernivtsi: 'офіційний CSV Чернівецької області',
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
    service: 'Service', serviceAny: 'all services (any access point)', barrierFreeOnly: 'step-free only',
    serviceFigures: 'Figures for the service', stepFree: 'step-free access',
    serviceMeeting: 'Counted: access points whose register says they offer {s}: {n}',
    serviceNotTelling: 'not counted: points whose register does not say: {n}',
    serviceRegistersSilent: 'Registers without this information, coverage unknown there: {r}',
    populationWithServiceRegister: 'Population of oblasts whose register tells this service',
    oblastsServiceUnknown: 'Coverage unknown (the register does not say where the service is)',
    serviceUnknown: 'The register does not say which access points offer this service: its coverage is unknown, not 0 %.',
    planService: 'Service: {s}.', owner: 'owner', ownerNone: 'no account', readOnly: 'read-only',
    donorTitle: 'A donor\'s question: passport stations and mobile cases',
    donorNote: 'Where the equipment newly serves the most residents; the standard and register come from the top bar. The result is saved as a scenario.',
    passportStations: 'Passport stations', mobileCases: 'Mobile cases', budgetOptional: 'Budget, UAH (optional)',
    stationsOnlyPassport: 'Passport stations only help the passport service: choose it or set 0 stations.',
    nothingAsked: 'Give a number of stations or cases, or a budget.',
    donorName: 'Donor: {s}, {oblast}', donorServiceWords: 'Service: {s}; standard: {minutes} min {rule} {km} km.',
    populationServed: 'Residents served', shareServed: 'Share served', newlyServed: 'Newly served residents',
    perNewlyServed: 'UAH per newly served resident',
    servedNote: 'Served: within the standard of a point offering the service, or by visits of a mobile case.',
    donorProposals: 'Proposals, cheapest per newly served resident first', cumulativeShare: 'together {p}',
    assumptionsWords: 'Assumptions', kindPASSPORT_STATION: 'Passport station', costEach: '{oneOff} UAH one-off + {yearly} UAH per year',
    donorNothing: 'Nothing proposed: no equipment brings the service to new residents at these settings.',
    register: 'Register', registerCurrent: 'current oblast registers', registerHistorical: 'historical',
    registerNote: 'Register', registerNone: 'no register for this area',
    find: 'Find', findPlaceholder: 'hromada or settlement', notFound: 'Not found',
    dataVintage: 'Data', importedOn: 'imported', planStatus: 'Status',
    statusBOUNDING: 'computing the bound on the best possible', statusSOLVING: 'searching for a plan',
    statusDONE: 'done', statusCANCELLED: 'stopped: the best plan found is shown', statusFAILED: 'failed',
    statusQUEUED: 'queued', statusRUNNING: 'running', statusNEW: 'created', statusINTERRUPTED: 'interrupted',
    provenOptimal: 'Proven optimal: no plan within the budget covers more residents.',
    withinGap: 'At most {p} % worse than the best possible (at least {n} newly covered residents of a possible {b}).',
    noBound: 'No bound on the best possible was computed: the plan\'s quality is not proven.',
    costGapWords: 'The cost is at most {p} % above the cheapest plan with the same coverage.',
    cheapestWords: 'It is the cheapest plan with this coverage.',
    stoppedAtOptimum: 'The search stopped as soon as it reached the proven optimum.',
    reasonAllCovered: 'Nothing to propose: at these settings every resident is already within the standard.',
    reasonNoRegister: 'Nothing to propose: the oblast has no register of access points, its coverage is unknown.',
    reasonBudget: 'Nothing to propose: the budget of {budget} UAH buys no access point (the cheapest costs {cheapest} UAH over {horizon}).',
    reasonNoCandidate: 'Nothing to propose: no possible site brings new residents within the standard.',
    reasonInfeasible: 'The plan breaks rules: {v}.',
    proposalsTitle: 'Proposals', site: 'Site', hromada: 'Hromada', oneOff: 'One-off, UAH', yearly: 'Per year, UAH',
    perResident: 'UAH per newly covered resident', total: 'Total',
    costOverHorizon: 'Cost over {horizon} (one-off + yearly), UAH',
    horizonNote: 'Cost is the one-off cost plus yearly costs over {horizon}; costs per kind are assumptions, changeable in the settings.',
    sameStandard: 'Standard: {minutes} min {rule} {km} km — the same as in the figures above.',
    ruleWordEither: 'or', ruleWordBoth: 'and', populationBeyond: 'Population beyond the standard',
    whiteSpotsNote: 'The number of white spots may grow when a large spot breaks into smaller ones; their population is what matters.',
    spotSettlements: 'Settlements', andMore: 'and {n} more', residents: 'residents', residentsOf: 'Residents',
    travelModelWords: 'Travel time estimated by the model "{m}"', sensitivityWords: 'If trips take {p} % longer, the covered share is {slower}; if {p} % shorter, {faster}.',
    modelRoad: 'road network', modelFallback: 'straight-line speed calibrated on real trips',
    lostAccess: 'Lose access within the standard', leftWithoutMainOffice: 'Hromadas left without a main office',
    noneLeftWithout: 'No hromada is left without a main office.', peopleLosing: 'residents lose access',
    depot: 'depot', stop: 'Settlement', timetables: 'Timetable for residents',
    reasonFleet: 'not enough vehicles: the cycle has fewer working hours than the visits need',
    reasonNotFitted: 'not fitted within the shifts by the end of the search: more time, vehicles or a longer shift may help',
    reasonNoVehicle: 'no vehicle in the fleet', reasonOutOfReach: 'out of reach: from the nearest depot ({a}) a single visit takes {b}, longer than the shift',
    reasonCycle: 'needs {a} visits but the cycle has only {b} working days (one visit a day)',
    remarks: 'Remarks and repairs', acceptRejected: 'Yes, save only {saved} access points instead of the {now} the oblast has now ({rejected} rows rejected)',
    mainOfficeUnknown: 'the register predates the 2020 reform and tells no office types, so which hromadas have a main office is unknown',
    savedScenarios: 'Saved scenarios', savedScenariosNote: 'Tick two to compare; other people\'s scenarios are read-only.',
    refresh: 'Refresh', compare: 'Compare', rename: 'Rename', delete: 'Delete', newName: 'New scenario name',
    confirmDelete: 'Delete the scenario "{name}"?', donorReport: 'Donor report (CSV)', donorReportShort: 'report',
    comparisonOf: 'Comparison', differenceNote: 'On the map: the difference in hromadas\' covered share (B − A).',
    kpiCoveredBefore: 'Covered before the plan', kpiCoveredAfter: 'Covered with the plan', kpiShareBefore: 'Share before the plan',
    kpiShareAfter: 'Share with the plan',
    percentagePoints: 'pp', sideA: 'A', sideB: 'B', diaCentre: 'Diia.Center',
    siteHeader: 'Site, hromada, kind', costHeader: 'Cost over {horizon}, UAH (one-off + per year)',
    costParts: '{oneOff} one-off + {yearly} per year', costHeaderTotal: 'Cost over {horizon}, UAH',
    standardWord: 'Standard', whatIfAfter: 'with the changes', change: 'Change', rowWord: 'row',
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
    formatTemplate: 'planner template (described in the register guide)', formatChernivtsi: 'official Chernivtsi oblast CSV',
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
  for (const element of document.querySelectorAll('[data-i18n-placeholder]')) {
    element.placeholder = t(element.dataset.i18nPlaceholder);
  }
  listeners.forEach((fn) => fn(language));
}

/** A word with {name} placeholders filled in. */
export function tf(key, values) {
  return t(key).replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** A date (YYYY-MM-DD or an ISO instant) in the page's language: 01.10.2025 / 1 Oct 2025. */
export function formatDate(value) {
  if (!value) return t('unknown');
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(language === 'uk' ? 'uk-UA' : 'en-GB',
    { day: language === 'uk' ? '2-digit' : 'numeric', month: language === 'uk' ? '2-digit' : 'short', year: 'numeric',
      timeZone: 'UTC' }).format(date);
}

/** "3 роки" / "5 років" / "1 рік"; "3 years". */
export function formatYears(years) {
  if (language !== 'uk') return `${years} ${years === 1 ? 'year' : 'years'}`;
  const mod10 = years % 10;
  const mod100 = years % 100;
  const word = mod10 === 1 && mod100 !== 11 ? 'рік'
    : mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14) ? 'роки' : 'років';
  return `${years} ${word}`;
}

/** A job's status (plans, routes, scenarios) in words. */
export function statusWord(status) {
  const key = `status${status}`;
  return WORDS[language][key] ? t(key) : String(status).toLowerCase();
}

const REGISTER_NAMES_EN = {
  'chernivetska-2025': 'Register of administrative service centres of Chernivtsi oblast (October 2025)',
  'ukraine-2017': 'Map of the CNAP of Ukraine (2017)',
};

/** A register in the selector: its name and date, historical ones said so. */
export function registerLabel(register) {
  const name = language === 'en' && REGISTER_NAMES_EN[register.id] ? REGISTER_NAMES_EN[register.id] : register.name;
  const historical = register.historical ? `, ${t('registerHistorical')}` : '';
  return `${name} — ${formatDate(register.date)}${historical}`;
}

const SERVICES = {
  PASSPORT: { uk: 'паспортні послуги', en: 'passport and ID card' },
  DRIVERS: { uk: 'послуги водіям', en: 'driver and vehicle services' },
  CIVIL_REGISTRY: { uk: 'реєстрація актів цивільного стану', en: 'civil registry' },
  SOCIAL: { uk: 'соціальні послуги', en: 'social services' },
  RESIDENCE: { uk: 'реєстрація місця проживання', en: 'residence registration' },
  PROPERTY_AND_LAND: { uk: 'нерухомість і земля', en: 'property and land' },
  BUSINESS: { uk: 'реєстрація бізнесу', en: 'business registration' },
  WAR_DAMAGE: { uk: 'компенсація за пошкоджене житло (єВідновлення)', en: 'war-damage compensation' },
  VETERANS: { uk: 'послуги ветеранам', en: "veterans' services" },
};

/** The service groups (ServiceKind) the API's service= accepts, in the order the selectors list them. */
export const SERVICE_CODES = Object.keys(SERVICES);

/** A service group (ServiceKind) in words. */
export function serviceLabel(code) {
  return SERVICES[code] ? label(SERVICES[code]) : String(code).toLowerCase();
}

/** What a map, plan or scenario was computed for: a service group and/or step-free access, in words. */
export function requirementWords(service, barrierFree) {
  const words = [];
  if (service) words.push(serviceLabel(service));
  if (barrierFree) words.push(t('stepFree'));
  return words.length ? words.join(', ') : t('serviceAny');
}
