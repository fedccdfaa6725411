<?php
/**
 * Removes the plugin's settings when it is deleted from the Plugins screen.
 *
 * @package SehatKit
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

delete_option( 'sehatkit_endpoint' );
delete_option( 'sehatkit_script_url' );
delete_option( 'sehatkit_lang' );
