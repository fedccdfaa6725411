import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Debian's `wordpress` package (WordPress 6.1 on bookworm). */
const DEBIAN_WORDPRESS = '/usr/share/wordpress';
const PLUGIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../sehatkit');
const MARIADB_SOCKET = '/run/mysqld/mysqld.sock';

/**
 * Where PHP reaches MariaDB: 127.0.0.1:3306 as root with an empty password when that answers, else the
 * server's Unix socket (the e2e tests run in a loopback-only network namespace, where the host's TCP port
 * is out of reach but the socket file is not). Undefined when neither works.
 */
function databaseHost(): string | undefined {
  for (const host of ['127.0.0.1:3306', `localhost:${MARIADB_SOCKET}`]) {
    const [h, p] = host.startsWith('localhost:') ? ['localhost', null] : host.split(':');
    const socket = host.startsWith('localhost:') ? MARIADB_SOCKET : null;
    const probe = spawnSync('php', [
      '-r',
      `mysqli_report(MYSQLI_REPORT_OFF); $c = @mysqli_connect(${JSON.stringify(h)}, 'root', '', '', ${p ?? 'null'}, ${socket ? JSON.stringify(socket) : 'null'}); exit($c ? 0 : 1);`,
    ]);
    if (probe.status === 0) return host;
  }
  return undefined;
}

/**
 * Why the WordPress test cannot run here, or undefined when it can. It needs Debian's `wordpress` package
 * (which brings PHP with mysqli) and a MariaDB server with root access; `SEHATKIT_WORDPRESS=0` turns it off.
 */
export function wordpressUnavailable(): string | undefined {
  if (process.env.SEHATKIT_WORDPRESS === '0') return 'turned off with SEHATKIT_WORDPRESS=0';
  if (!existsSync(path.join(DEBIAN_WORDPRESS, 'wp-settings.php'))) {
    return "Debian's wordpress package is not installed (apt-get install -y wordpress php-cli mariadb-server)";
  }
  if (spawnSync('php', ['-r', 'exit(function_exists("mysqli_connect") ? 0 : 1);']).status !== 0) {
    return 'php with the mysqli extension is not installed (apt-get install -y php-cli php-mysql)';
  }
  if (!databaseHost()) return 'no MariaDB answers as root at 127.0.0.1:3306 or on its Unix socket';
  return undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.once('error', reject);
  });
}

// A classic theme of four calls: the test must not depend on which block theme a host installed.
const THEME_INDEX = `<?php ?><!doctype html>
<html <?php language_attributes(); ?>><head><meta charset="utf-8"><?php wp_head(); ?></head>
<body><main><?php while ( have_posts() ) : the_post(); ?><h1><?php the_title(); ?></h1><?php the_content(); endwhile; ?></main>
<?php wp_footer(); ?></body></html>`;

export interface WordPressSite {
  url: string;
  version: string;
  /** Post ids by the names `install.php` gave them. */
  pages: Record<string, number>;
  close(): Promise<void>;
}

/**
 * A throwaway WordPress: Debian's WordPress copied to a temporary folder with its own wp-config.php and a
 * fresh database, installed and with the SehatKit plugin activated by PHP itself, served by PHP's
 * built-in web server. `pages` are created from `posts` (title → content).
 */
export async function startWordPress(options: {
  /** Plugin settings (`sehatkit_endpoint`, `sehatkit_lang`, …) set before the pages are made. */
  settings: Record<string, string>;
  posts: Record<string, string>;
}): Promise<WordPressSite> {
  const host = databaseHost();
  if (!host) throw new Error('no database');
  const root = mkdtempSync(path.join(tmpdir(), 'sehatkit-wp-'));
  const docroot = path.join(root, 'wordpress');
  const database = `sehatkit_wp_${randomBytes(4).toString('hex')}`;
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let server: ChildProcess | undefined;
  const php = (code: string) =>
    execFileSync('php', ['-r', code], { encoding: 'utf8', env: { ...process.env, SEHATKIT_DB_HOST: host } });
  const dbCall = (sql: string) =>
    php(
      `$h = getenv('SEHATKIT_DB_HOST'); $s = str_starts_with($h, 'localhost:') ? substr($h, 10) : null; $c = mysqli_connect($s ? 'localhost' : '127.0.0.1', 'root', '', '', $s ? null : 3306, $s); mysqli_query($c, ${JSON.stringify(sql)}) or exit(1);`,
    );
  const close = async () => {
    server?.kill('SIGTERM');
    try {
      dbCall(`DROP DATABASE IF EXISTS \`${database}\``);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };
  try {
    cpSync(DEBIAN_WORDPRESS, docroot, {
      recursive: true,
      filter: (src) => path.basename(src) !== '.htaccess',
    });
    const salts = ['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE']
      .flatMap((k) => [`${k}_KEY`, `${k}_SALT`])
      .map((k) => `define('${k}', '${randomBytes(24).toString('hex')}');`)
      .join('\n');
    writeFileSync(
      path.join(docroot, 'wp-config.php'),
      `<?php
define('DB_NAME', '${database}');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', '${host}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${salts}
$table_prefix = 'wp_';
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
define('WP_DEBUG', false);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
    );
    const theme = path.join(docroot, 'wp-content/themes/sehatkit-e2e');
    mkdirSync(theme, { recursive: true });
    writeFileSync(path.join(theme, 'style.css'), '/*\nTheme Name: SehatKit e2e\n*/\n');
    writeFileSync(path.join(theme, 'index.php'), THEME_INDEX);
    symlinkSync(PLUGIN, path.join(docroot, 'wp-content/plugins/sehatkit'));
    dbCall(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4`);

    const install = path.join(root, 'install.php');
    writeFileSync(
      install,
      `<?php
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = '127.0.0.1:${port}';
require ${JSON.stringify(path.join(docroot, 'wp-load.php'))};
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
wp_install('Klinik WordPress', 'admin', 'admin@example.test', true, '', 'sehatkit-e2e-admin');
switch_theme('sehatkit-e2e');
$activated = activate_plugin('sehatkit/sehatkit.php');
if (is_wp_error($activated)) { fwrite(STDERR, $activated->get_error_message()); exit(1); }
foreach (json_decode(${JSON.stringify(JSON.stringify(options.settings))}, true) as $name => $value) update_option($name, $value);
$pages = array();
foreach (json_decode(${JSON.stringify(JSON.stringify(options.posts))}, true) as $name => $content) {
  $pages[$name] = wp_insert_post(array('post_type' => 'page', 'post_status' => 'publish', 'post_title' => $name, 'post_content' => $content));
}
echo json_encode(array('pages' => $pages, 'version' => get_bloginfo('version')));
`,
    );
    const installed = JSON.parse(execFileSync('php', [install], { encoding: 'utf8' })) as {
      pages: Record<string, number>;
      version: string;
    };

    server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', docroot], {
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
      stdio: 'ignore',
    });
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${url}/wp-login.php`)).status < 500) break;
      } catch {
        if (i > 100) throw new Error('the PHP web server did not start');
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return { url, version: installed.version, pages: installed.pages, close };
  } catch (error) {
    await close();
    throw error;
  }
}
