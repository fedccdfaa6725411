<?php
/**
 * The dynamic block `sehatkit/widget`: rendered on the server by `blocks/widget/render.php` (the same
 * function as the shortcodes), edited with ServerSideRender, saved as attributes only.
 *
 * @package SehatKit
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_action(
	'init',
	function () {
		register_block_type( SEHATKIT_PLUGIN_DIR . '/blocks/widget' );
	}
);
