<?php
/**
 * Dependencies of editor.js, in the format WordPress reads next to a block script (no build step here).
 *
 * @package SehatKit
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
	'version'      => '0.1.0',
);
