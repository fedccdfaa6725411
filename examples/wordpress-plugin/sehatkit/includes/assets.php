<?php
/**
 * The elements' script: one ES module (the autoloader of @sehatkit/elements' cdn build), enqueued only on
 * pages that show a SehatKit widget. WordPress 6.5+ prints it through the Script Modules API; older
 * versions get a classic registration with `type="module"` added to the tag.
 *
 * @package SehatKit
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const SEHATKIT_SCRIPT_ID = '@sehatkit/elements';
const SEHATKIT_SCRIPT_HANDLE = 'sehatkit-elements';

/** Whether this WordPress has the Script Modules API (6.5+). */
function sehatkit_has_script_modules() {
	return function_exists( 'wp_register_script_module' ) && function_exists( 'wp_enqueue_script_module' );
}

function sehatkit_register_elements() {
	if ( sehatkit_has_script_modules() ) {
		// Version null: the URL already names the elements' version; no `?ver=` is appended.
		wp_register_script_module( SEHATKIT_SCRIPT_ID, sehatkit_script_url(), array(), null );
	} else {
		wp_register_script( SEHATKIT_SCRIPT_HANDLE, sehatkit_script_url(), array(), null, true );
	}
}
add_action( 'init', 'sehatkit_register_elements' );

/** Called while a widget renders, so pages without one load nothing. */
function sehatkit_enqueue_elements() {
	if ( sehatkit_has_script_modules() ) {
		wp_enqueue_script_module( SEHATKIT_SCRIPT_ID );
	} else {
		wp_enqueue_script( SEHATKIT_SCRIPT_HANDLE );
	}
}

/** WordPress before 6.5: the classic tag becomes a module script (no other attribute changes). */
function sehatkit_module_tag( $tag, $handle ) {
	if ( SEHATKIT_SCRIPT_HANDLE !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])text\/javascript\1/', '', $tag );
	return preg_replace( '/<script\s/', '<script type="module" ', $tag, 1 );
}
add_filter( 'script_loader_tag', 'sehatkit_module_tag', 10, 2 );
