// whatsapp-web.js pulls in puppeteer, whose postinstall downloads Chrome and fails offline.
// Quayside uses the system Chromium instead (CHROMIUM_PATH, default /usr/bin/chromium).
module.exports = { skipDownload: true };
