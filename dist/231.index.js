export const id = 231;
export const ids = [231];
export const modules = {

/***/ 5231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   creditsCheck: () => (/* binding */ creditsCheck),
/* harmony export */   judgeCredits: () => (/* binding */ judgeCredits)
/* harmony export */ });
/* harmony import */ var _domain_api_access_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2821);
/* harmony import */ var _domain_credits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5514);
/* harmony import */ var _engine_check_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3326);
/* harmony import */ var _settings_check_ids_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8034);
/**
 * The `credits` check: is there credit left to book appointments? Reads the balance once and
 * judges it with a pure function against min-credits and warn-credits.
 */




/** Pure verdict on a balance (contract thresholds). */
function judgeCredits(available, minCredits, warnCredits) {
    const data = { availableCredits: available };
    if (available < minCredits) {
        return (0,_engine_check_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .fJ)(`${available} credits available, minimum ${minCredits}`, {
            data,
            hints: [`Buy credits in the MONCRENEAU dashboard before promoting: below ${minCredits} new appointments may soon be refused (402 INSUFFICIENT_CREDITS).`]
        });
    }
    if (available < warnCredits) {
        return (0,_engine_check_js__WEBPACK_IMPORTED_MODULE_2__/* .warn */ .R8)(`${available} credits available, below ${warnCredits}`, {
            data,
            hints: [`Plan a top-up: the balance is under warn-credits (${warnCredits}).`]
        });
    }
    return (0,_engine_check_js__WEBPACK_IMPORTED_MODULE_2__/* .pass */ .IX)(`${available} credits available (warn below ${warnCredits}, fail below ${minCredits})`, { data });
}
async function judgeBalance(ctx) {
    const access = (0,_domain_api_access_js__WEBPACK_IMPORTED_MODULE_0__/* .apiClientFor */ .v)(ctx.settings, { ...ctx, http: ctx.api ?? ctx.http });
    if (!access.ok)
        return access.outcome;
    try {
        const balance = await (0,_domain_credits_js__WEBPACK_IMPORTED_MODULE_1__/* .fetchCredits */ .t)(access.client, ctx.settings);
        if (!balance.ok)
            return (0,_engine_check_js__WEBPACK_IMPORTED_MODULE_2__/* .fail */ .fJ)(balance.summary, { hints: balance.hints, data: balance.data });
        return judgeCredits(balance.value, ctx.settings.minCredits, ctx.settings.warnCredits);
    }
    finally {
        await access.client.close();
    }
}
const creditsCheck = { id: 'credits', title: _settings_check_ids_js__WEBPACK_IMPORTED_MODULE_3__/* .CHECK_TITLES */ .Zt.credits, run: judgeBalance };


/***/ }),

/***/ 5514:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ readCredits),
/* harmony export */   t: () => (/* binding */ fetchCredits)
/* harmony export */ });
/* harmony import */ var _api_problem_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6402);

/** Finds the balance at a dotted field path ("availableCredits", "data.credits.available"). Pure. */
function readCredits(body, field) {
    let current = body;
    for (const part of field.split('.')) {
        if (current === null || typeof current !== 'object' || Array.isArray(current) || !(part in current)) {
            return { ok: false, problem: `the answer has no field ${field}` };
        }
        current = current[part];
    }
    if (typeof current === 'number' && !Number.isFinite(current)) {
        return { ok: false, problem: `the field ${field} is not a finite number (too large to read)` };
    }
    if (typeof current !== 'number') {
        const shown = typeof current === 'string'
            ? `the string ${JSON.stringify(current.slice(0, 40))}`
            : current === null
                ? 'null'
                : `a ${Array.isArray(current) ? 'list' : typeof current}`;
        return { ok: false, problem: `the field ${field} is ${shown}, not a number` };
    }
    if (current < 0)
        return { ok: false, problem: `the field ${field} is negative (${current})` };
    return { ok: true, value: current };
}
const CONFIGURABLE = 'The path and field are configurable: set credits-path and credits-field to where your organization\u2019s balance is served.';
const BASE_URL = 'Check too that api-url is the base URL (\u2026/api/v1), not an endpoint: the path above is api-url followed by credits-path.';
/** Reads the balance at credits-path / credits-field through the given client, or says why it could not. */
async function fetchCredits(client, settings) {
    const { creditsPath, creditsField } = settings;
    const result = await client.get(creditsPath);
    if (!result.ok) {
        const text = (0,_api_problem_js__WEBPACK_IMPORTED_MODULE_0__/* .describeProblem */ .B)(result, creditsPath, settings);
        const pathWrong = (result.problem.kind === 'status' && result.problem.status === 404) || result.problem.kind === 'not-json';
        const hints = result.problem.kind === 'status' && result.problem.status === 404 ? [CONFIGURABLE, BASE_URL] : [...text.hints, ...(pathWrong ? [CONFIGURABLE] : [])];
        return { ok: false, summary: text.summary, hints, data: { attempts: result.attempts } };
    }
    const read = readCredits(result.data, creditsField);
    return read.ok ? { ok: true, value: read.value } : { ok: false, summary: `${creditsPath}: ${read.problem}`, hints: [CONFIGURABLE], data: {} };
}


/***/ })

};
