/* The countdown beside the projected check-in code: minutes and seconds until the next code. */
(function () {
    function tick() {
        var el = document.getElementById('countdown');
        if (el) {
            var left = Math.max(0, Math.round((Number(el.getAttribute('data-changes-at')) - Date.now()) / 1000));
            var text = Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0');
            if (el.textContent !== text) {
                el.textContent = text;
            }
        }
    }
    tick();
    window.setInterval(tick, 1000);
})();
