<?php
/**
 * Shortcodes: [sehat_booking], [sehat_consult_hours], [sehat_video_room], [sehat_bpjs_verify]. Their
 * markup is rendered on the server, so editors without `unfiltered_html` can use them (kses would strip
 * the element tags from hand-written HTML).
 *
 * @package SehatKit
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const SEHATKIT_SHORTCODE_DEFAULTS = array(
	'booking'       => array( 'service' => '', 'practitioner' => '', 'time_zone' => '', 'lock_time_zone' => '', 'heading' => '', 'days' => '', 'payer' => '', 'lang' => '' ),
	'consult-hours' => array( 'time_zone' => '', 'heading' => '', 'refresh_seconds' => '', 'lang' => '' ),
	'video-room'    => array( 'display_name' => '', 'lang' => '' ),
	'bpjs-verify'   => array( 'kind' => '', 'label' => '', 'lang' => '' ),
);

foreach ( SEHATKIT_SHORTCODE_DEFAULTS as $sehatkit_widget => $sehatkit_defaults ) {
	add_shortcode(
		'sehat_' . str_replace( '-', '_', $sehatkit_widget ),
		function ( $atts, $content, $shortcode ) use ( $sehatkit_widget, $sehatkit_defaults ) {
			return sehatkit_render_widget( $sehatkit_widget, shortcode_atts( $sehatkit_defaults, (array) $atts, $shortcode ) );
		}
	);
}
