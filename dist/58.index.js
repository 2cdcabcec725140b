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
