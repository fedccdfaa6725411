<?php
/**
 * Plugin Name:       SehatKit
 * Plugin URI:        https://github.com/sehatkit/sehatkit/tree/main/examples/wordpress-plugin
 * Description:       Online booking, consultation hours, video consultation and BPJS verification for Indonesian clinics, as shortcodes and a block. The elements load from one module script; every request goes to your clinic's SehatKit server handler.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            SehatKit contributors
 * License:           Apache-2.0
 * License URI:       https://www.apache.org/licenses/LICENSE-2.0
 * Text Domain:       sehatkit
 *
 * @package SehatKit
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'SEHATKIT_PLUGIN_VERSION', '0.1.0' );
define( 'SEHATKIT_PLUGIN_DIR', __DIR__ );
/** The elements' script-tag build on a public CDN; the settings page can point elsewhere (a self-hosted copy). */
define( 'SEHATKIT_DEFAULT_SCRIPT_URL', 'https://cdn.jsdelivr.net/npm/@sehatkit/elements@0.1.0/cdn/sehatkit.js' );

require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/block.php';
require_once __DIR__ . '/includes/kses.php';
