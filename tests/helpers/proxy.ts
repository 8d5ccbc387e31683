// A real reverse proxy in front of several server processes, as a deployment has (docs/deployment.md): Debian's
// nginx, on a free port, with its own config and folders. A backend that refuses connections (stopped, or not
// yet started) is passed over and the request tried on the next, as a load balancer does.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { findNginx } from '../../bench/nginx'
import { freePort } from './server'

export type Proxy = { url: string; stop(): Promise<void> }

export async function startProxy(backendPorts: number[]): Promise<Proxy> {
  // Installs Debian's nginx when it is missing and we may (root); otherwise says what to run, and fails.
  execFileSync('bash', ['scripts/ensure-nginx.sh'], { stdio: 'inherit' })
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'campaign-proxy-'))
  fs.chmodSync(root, 0o755)
  const port = await freePort()
  const inRoot = (name: string) => path.join(root, name)
  const config = `daemon off;
worker_processes 1;
pid ${inRoot('nginx.pid')};
error_log ${inRoot('error.log')} warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${inRoot('client_body_temp')};
  proxy_temp_path ${inRoot('proxy_temp')};
  fastcgi_temp_path ${inRoot('fastcgi_temp')};
  uwsgi_temp_path ${inRoot('uwsgi_temp')};
  scgi_temp_path ${inRoot('scgi_temp')};
  upstream campaign {
${backendPorts.map((backend) => `    server 127.0.0.1:${backend} max_fails=1 fail_timeout=2s;`).join('\n')}
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://campaign;
      proxy_set_header Host $http_host;
      proxy_connect_timeout 2s;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries ${backendPorts.length + 1};
    }
  }
}
`
  fs.writeFileSync(inRoot('nginx.conf'), config)
  const child: ChildProcess = spawn(findNginx(), ['-c', inRoot('nginx.conf'), '-p', root + path.sep, '-e', inRoot('error.log')], { stdio: 'ignore' })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const url = `http://127.0.0.1:${port}`
  for (const started = Date.now(); ; ) {
    const answered = await fetch(url + '/healthz').then(
      () => true,
      () => false,
    )
    if (answered) break
    if (child.exitCode !== null || Date.now() - started > 10_000) {
      child.kill('SIGKILL')
      throw new Error(`nginx did not start: ${fs.existsSync(inRoot('error.log')) ? fs.readFileSync(inRoot('error.log'), 'utf8') : 'no log'}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return {
    url,
    async stop() {
      child.kill('SIGTERM')
      await exited
      fs.rmSync(root, { recursive: true, force: true })
    },
  }
}
