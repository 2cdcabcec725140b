export const id = 58;
export const ids = [58,887];
export const modules = {

/***/ 9887:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ProxyAgent: () => (/* reexport safe */ _undici_js__WEBPACK_IMPORTED_MODULE_0__.kT),
/* harmony export */   fetch: () => (/* binding */ fetch)
/* harmony export */ });
/* harmony import */ var _undici_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1150);

const fetch = async (...args) => (await __webpack_require__.e(/* import() */ 752).then(__webpack_require__.t.bind(__webpack_require__, 6752, 19))).fetch(...args);


/***/ }),

/***/ 1150:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bC: () => (/* reexport default from dynamic */ undici_lib_dispatcher_pool_js__WEBPACK_IMPORTED_MODULE_3___default.a),
/* harmony export */   g6: () => (/* reexport default from dynamic */ undici_lib_dispatcher_agent_js__WEBPACK_IMPORTED_MODULE_1___default.a),
/* harmony export */   gU: () => (/* reexport default from dynamic */ undici_lib_core_connect_js__WEBPACK_IMPORTED_MODULE_5___default.a),
/* harmony export */   kT: () => (/* reexport default from dynamic */ undici_lib_dispatcher_proxy_agent_js__WEBPACK_IMPORTED_MODULE_4___default.a),
/* harmony export */   mk: () => (/* reexport default from dynamic */ undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_2___default.a)
/* harmony export */ });
/* harmony import */ var undici_lib_api_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6615);
/* harmony import */ var undici_lib_dispatcher_agent_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7405);
/* harmony import */ var undici_lib_dispatcher_agent_js__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(undici_lib_dispatcher_agent_js__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(883);
/* harmony import */ var undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var undici_lib_dispatcher_pool_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(628);
/* harmony import */ var undici_lib_dispatcher_pool_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(undici_lib_dispatcher_pool_js__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var undici_lib_dispatcher_proxy_agent_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6672);
/* harmony import */ var undici_lib_dispatcher_proxy_agent_js__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(undici_lib_dispatcher_proxy_agent_js__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var undici_lib_core_connect_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9136);
/* harmony import */ var undici_lib_core_connect_js__WEBPACK_IMPORTED_MODULE_5___default = /*#__PURE__*/__webpack_require__.n(undici_lib_core_connect_js__WEBPACK_IMPORTED_MODULE_5__);
/**
 * The parts of undici the gate uses, imported by path. The package's index also loads fetch,
 * WebSocket, the cache, cookies, EventSource and the mocks (about half its code, and Node's
 * zlib and worker modules), all before the first request could leave.
 */






// What the index does on load: every dispatcher gets `request()`, `connect()` (a proxy's
// tunnel)... Kept idempotent, should the index be loaded too (by @actions/http-client).
if (!('request' in (undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_2___default().prototype)))
    Object.assign((undici_lib_dispatcher_dispatcher_js__WEBPACK_IMPORTED_MODULE_2___default().prototype), undici_lib_api_index_js__WEBPACK_IMPORTED_MODULE_0__);



/***/ }),

/***/ 2432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createActionsIO: () => (/* binding */ createActionsIO),
/* harmony export */   oneLogLine: () => (/* binding */ oneLogLine)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6421);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _written_out_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(774);
/**
 * The GitHub Actions runner as a GateIO, through `@actions/core`: the only module that imports
 * it, so GitHub's own tools (`@github/local-action`, which replaces core) see every input, mask,
 * output, annotation, group and failure. The rest of the gate depends on GateIO alone.
 */



/**
 * One log line, whatever it quotes: a line break inside server text would start a new line
 * the runner could read as a workflow command (`::add-mask::`, `::stop-commands::`).
 */
function oneLogLine(text) {
    return text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ');
}
function createActionsIO(env = process.env) {
    return {
        registerSecret(value) {
            if (value === '')
                return;
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
            // The runner masks line by line: a multi-line secret needs each line masked too.
            for (const line of value.split(/\r?\n/))
                if (line.trim() !== '' && line !== value)
                    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(line);
        },
        // Untrimmed: a secret pasted with a space or line break must reach the config check as is.
        readInput: (name) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(name, { trimWhitespace: false }),
        info: (line) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(oneLogLine(line)),
        debug: (line) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .debug */ .Yz(oneLogLine(line)),
        group: (title, body) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .group */ .Os(oneLogLine(title), body),
        startGroup: (title) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(oneLogLine(title)),
        endGroup: () => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4(),
        annotate(a) {
            const properties = { title: a.title };
            if (a.level === 'error')
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(a.message, properties);
            else
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(a.message, properties);
        },
        setOutput: (name, value) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH(name, value),
        async writeSummary(markdown) {
            // Outside Actions the summary is the run's main output.
            if (!env.GITHUB_STEP_SUMMARY)
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${markdown}${node_os__WEBPACK_IMPORTED_MODULE_1__.EOL}`);
            else
                await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw(markdown, true).write();
        },
        setFailed: (message) => _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setFailed */ .C1(message),
        // core writes the log to standard output: all of it must reach the runner before the exit.
        settled: () => (0,_written_out_js__WEBPACK_IMPORTED_MODULE_2__/* .standardStreamsWritten */ .gT)()
    };
}


/***/ })

};
