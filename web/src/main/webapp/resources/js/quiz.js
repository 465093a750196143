// Quiz answers: each choice is saved by the page's AJAX call, and shown as saved only when the server's answer confirms
// exactly that choice (the element player:saved names the last answer it stored). A save that fails (an expired session
// answers with the sign-in page, a lost network, a refused answer) is shown at once: "Not saved — sign in again". The
// choice stays in the page and in sessionStorage, and after signing in (which returns to this page) the open attempt is
// resumed and every unsaved choice sent again.
var OpenCMEQuiz = (function () {
    var inflight = {};

    function quiz() { return document.getElementById('quiz'); }
    function storeKey(q) { return 'opencme.unsaved.' + q.getAttribute('data-enrollment') + '.' + q.getAttribute('data-module'); }
    function stored(q) {
        try { return JSON.parse(sessionStorage.getItem(storeKey(q)) || 'null'); } catch (e) { return null; }
    }
    function store(q, answers) {
        if (Object.keys(answers).length === 0) { sessionStorage.removeItem(storeKey(q)); return; }
        sessionStorage.setItem(storeKey(q), JSON.stringify({attempt: q.getAttribute('data-attempt'), answers: answers}));
    }
    function unsaved(q) {
        var s = stored(q);
        return s && s.attempt === q.getAttribute('data-attempt') ? s.answers : {};
    }
    function fieldsetOf(element) { return element && element.closest ? element.closest('fieldset[data-question]') : null; }
    function choiceOf(fieldset) {
        return Array.prototype.map.call(fieldset.querySelectorAll('input:checked'), function (i) { return i.value; })
            .sort().join(',');
    }
    function mark(fieldset, state, text) {
        var s = fieldset.querySelector('.save-state');
        if (s) { s.className = 'save-state ' + state; s.textContent = text; }
    }
    function status(q, failed) {
        var s = document.getElementById('saveStatus');
        if (!s) { return; }
        if (!failed) { s.className = ''; s.textContent = s.getAttribute('data-normal'); return; }
        var context = q.getAttribute('data-context') || '';  // the root context renders no attribute
        var next = location.pathname.substring(context.length) + location.search;
        s.className = 'save-failed';
        s.innerHTML = '';
        var strong = document.createElement('strong');
        strong.textContent = 'Not saved — sign in again. ';
        var link = document.createElement('a');
        link.id = 'signInAgain';
        link.href = context + '/login.xhtml?next=' + encodeURIComponent(next);
        link.textContent = 'Sign in';
        s.appendChild(strong);
        s.appendChild(link);
        s.appendChild(document.createTextNode(': your unsaved choices are kept in this page and sent again after you sign in.'));
    }

    function begin(fieldset) {
        var q = quiz();
        var key = fieldset.getAttribute('data-question');
        var answers = unsaved(q);
        answers[key] = choiceOf(fieldset);
        store(q, answers);
        inflight[key] = answers[key];
        mark(fieldset, 'saving', 'Saving…');
    }
    function confirmed(fieldset) {
        var q = quiz();
        var key = fieldset.getAttribute('data-question');
        var saved = document.getElementById('player:saved');
        var ok = saved && saved.getAttribute('data-saved') === key + '=' + inflight[key];
        if (!ok) {
            mark(fieldset, 'failed', 'Not saved');
            return;
        }
        var answers = unsaved(q);
        if (answers[key] === inflight[key]) { delete answers[key]; }
        store(q, answers);
        mark(fieldset, 'saved', answers[key] === undefined ? '✓ Saved' : 'Saving…');
        if (Object.keys(answers).length === 0) { status(q, false); }
    }
    function failed(fieldset) {
        mark(fieldset, 'failed', 'Not saved — sign in again');
        status(quiz(), true);
    }

    function updates(data, id) {
        var xml = data.responseXML;
        if (!xml) { return false; }
        return Array.prototype.some.call(xml.getElementsByTagName('update'), function (u) {
            return u.getAttribute('id') === id;
        });
    }

    function resend(q, answers) {
        Object.keys(answers).forEach(function (key) {
            var fieldset = q.querySelector('fieldset[data-question="' + key.replace(/"/g, '') + '"]');
            if (!fieldset) { return; }
            var chosen = answers[key] === '' ? [] : answers[key].split(',');
            var inputs = fieldset.querySelectorAll('input');
            Array.prototype.forEach.call(inputs, function (i) { i.checked = chosen.indexOf(i.value) >= 0; });
            var trigger = fieldset.querySelector('input:checked') || inputs[0];
            if (trigger) { trigger.dispatchEvent(new Event('change', {bubbles: true})); }
        });
    }

    return {
        onEvent: function (data) {
            var fieldset = fieldsetOf(data.source);
            if (!fieldset) { return; }
            if (data.status === 'begin') { begin(fieldset); }
            if (data.status === 'success') {
                // An expired session answers the save with the sign-in page (the redirect is followed), which updates
                // nothing of this page: that is a failed save, not a refused answer.
                if (updates(data, 'player:saved')) { confirmed(fieldset); } else { failed(fieldset); }
            }
        },
        onError: function (data) {
            var fieldset = fieldsetOf(data.source);
            if (fieldset) { failed(fieldset); }
        },
        // Runs whenever the quiz module is shown: resumes an attempt that has unsaved choices, then sends them again.
        init: function () {
            var q = quiz();
            if (!q) {
                var m = document.getElementById('quizModule');
                var start = document.getElementById('player:startQuiz');
                if (m && start && !start.disabled && stored(m) && !window.opencmeQuizResumed) {
                    window.opencmeQuizResumed = true;
                    start.click();
                }
                return;
            }
            var kept = stored(q);
            if (kept && kept.attempt !== q.getAttribute('data-attempt')) {
                sessionStorage.removeItem(storeKey(q));
                var st = document.getElementById('saveStatus');
                if (st) { st.textContent = 'Choices made after your session ended belonged to an attempt that has closed; they were not saved.'; }
                return;
            }
            if (kept && q.getAttribute('data-submitted') !== 'true' && window.opencmeQuizResent !== kept.attempt) {
                window.opencmeQuizResent = kept.attempt;
                resend(q, kept.answers);
            }
        }
    };
})();
// After the whole form is parsed: resuming posts the form, whose view state comes last.
if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { OpenCMEQuiz.init(); });
} else {
    setTimeout(function () { OpenCMEQuiz.init(); }, 0);  // in an AJAX update: after the whole update is applied
}
if (window.jQuery && !window.opencmeQuizHooked) {
    window.opencmeQuizHooked = true;
    jQuery(document).on('pfAjaxComplete', function () { OpenCMEQuiz.init(); });
}
