// Video heartbeat. Each stretch played without a jump goes to the server as {fromMs, toMs} of media time: when playing
// starts (an empty stretch that starts the server's clock), every 10 s while playing, and on pause, before a seek and at
// the end. A seek starts a new stretch, so a jump ahead is never reported as watched. The server counts no more than the
// wall-clock time between the heartbeats it receives and compares with the stored video's own length: nothing the
// browser says about the video's duration is sent or believed. Heartbeats go one after another, in order.
(function () {
    var video = document.getElementById('video');
    if (!video) { return; }
    var url = video.getAttribute('data-progress');
    var start = parseInt(video.getAttribute('data-position') || '0', 10);
    var stretchFrom = null;  // media time (s) where the current stretch of playing began, null when not playing
    var lastTime = 0;        // the latest media time seen while not seeking
    var queue = Promise.resolve();
    var timer = null;

    video.addEventListener('loadedmetadata', function () {
        if (start > 0 && start < video.duration) { video.currentTime = start; }
    });

    function send(from, to) {
        var body = JSON.stringify({fromMs: Math.round(from * 1000), toMs: Math.round(to * 1000)});
        queue = queue.then(function () {
            return fetch(url, {
                method: 'POST', credentials: 'same-origin',
                headers: {'Content-Type': 'application/json', 'X-Requested-With': 'OpenCME'},
                body: body
            }).catch(function () { /* the next heartbeat reports from the server's stored position */ });
        });
    }

    // Reports the stretch played up to media time `to`; a new one starts there when `continuing`.
    function flush(to, continuing) {
        if (stretchFrom !== null && to >= stretchFrom) {
            send(stretchFrom, to);
        }
        stretchFrom = continuing ? to : null;
    }

    video.addEventListener('timeupdate', function () {
        if (!video.seeking) { lastTime = video.currentTime; }
    });
    video.addEventListener('playing', function () {
        lastTime = video.currentTime;
        stretchFrom = lastTime;
        send(lastTime, lastTime);
        if (timer === null) {
            timer = setInterval(function () {
                if (!video.paused && !video.seeking && stretchFrom !== null) { flush(video.currentTime, true); }
            }, 10000);
        }
    });
    function stopped() {
        if (timer !== null) { clearInterval(timer); timer = null; }
    }
    video.addEventListener('pause', function () {
        stopped();
        flush(video.seeking ? lastTime : video.currentTime, false);
    });
    video.addEventListener('ended', function () {
        stopped();
        flush(video.currentTime, false);
    });
    // Seeking: what was played before the jump is reported, the jump itself is not.
    video.addEventListener('seeking', function () {
        flush(lastTime, false);
    });
    // After a seek the server learns the new place at once (to resume there); playing on starts a new stretch.
    video.addEventListener('seeked', function () {
        lastTime = video.currentTime;
        send(lastTime, lastTime);
        if (!video.paused) { stretchFrom = lastTime; }
    });
})();
