// Video heartbeat: every 10 s of playing (and on pause, seek and end), the position and duration go to the server, which counts only
// seconds actually watched (skipping ahead counts nothing) and keeps the position to resume from.
(function () {
    var video = document.getElementById('video');
    if (!video) { return; }
    var url = video.getAttribute('data-progress');
    var start = parseInt(video.getAttribute('data-position') || '0', 10);
    video.addEventListener('loadedmetadata', function () {
        if (start > 0 && start < video.duration) { video.currentTime = start; }
    });
    function beat() {
        fetch(url, {
            method: 'POST', credentials: 'same-origin',
            headers: {'Content-Type': 'application/json', 'X-Requested-With': 'OpenCME'},
            body: JSON.stringify({position: Math.floor(video.currentTime), duration: Math.floor(video.duration || 0)})
        });
    }
    setInterval(function () { if (!video.paused && !video.ended) { beat(); } }, 10000);
    video.addEventListener('pause', beat);
    // A seek tells the server the new place at once: a jump ahead is recorded as not watched, and a
    // learner who goes back resumes from there.
    video.addEventListener('seeked', beat);
    video.addEventListener('ended', beat);
})();
