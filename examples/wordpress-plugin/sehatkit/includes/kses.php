<?php
/**
 * Lets the SehatKit tags and their attributes through kses in post content, for authors who paste the
 * elements as HTML. Shortcodes and the block need no such help: their markup is made on the server.
 *
 * @package SehatKit
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

add_filter(
	'wp_kses_allowed_html',
	function ( $tags, $context ) {
		if ( 'post' !== $context ) {
			return $tags;
		}
		$common = array( 'endpoint' => true, 'lang' => true, 'dir' => true, 'class' => true, 'id' => true );
		$tags['sehat-booking']       = $common + array(
			'service'            => true,
			'practitioner'       => true,
			'time-zone'          => true,
			'lock-time-zone'     => true,
			'heading'            => true,
			'days'               => true,
			'payer'              => true,
			'date'               => true,
			'patient-name'       => true,
			'patient-email'      => true,
			'patient-phone'      => true,
			'patient-birth-date' => true,
		);
		$tags['sehat-consult-hours'] = $common + array( 'time-zone' => true, 'heading' => true, 'refresh-seconds' => true );
		$tags['sehat-video-room']    = $common + array( 'display-name' => true, 'guest-link' => true );
		$tags['sehat-bpjs-verify']   = $common + array( 'kind' => true, 'label' => true, 'credentials' => true );
		return $tags;
	},
	10,
	2
);
