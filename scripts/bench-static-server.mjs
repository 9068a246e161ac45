// The benchmark's baseline when nginx is not installed: one saved page, served from memory by
// Node's own http module (nothing else in the way), plus Next's static files for the browser.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const [port, file, staticDir, appOrigin] = process.argv.slice(2);
const page = fs.readFileSync(file);
const types = { '.js': 'text/javascript', '.css': 'text/css', '.woff2': 'font/woff2' };

http
  .createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/_next/static/')) {
      const target = path.join(staticDir, url.pathname.slice('/_next/static/'.length));
      if (!target.startsWith(staticDir)) return res.writeHead(404).end();
      return fs.readFile(target, (error, data) => {
        if (error) return res.writeHead(404).end();
        res.writeHead(200, { 'Content-Type': types[path.extname(target)] ?? 'application/octet-stream' }).end(data);
      });
    }
    if (url.pathname.startsWith('/media/')) return res.writeHead(307, { Location: `${appOrigin}${url.pathname}` }).end();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': page.length }).end(page);
  })
  .listen(Number(port), '127.0.0.1');
