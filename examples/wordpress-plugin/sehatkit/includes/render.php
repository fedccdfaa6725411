<?php
/**
 * The markup of each widget: one SehatKit element with attributes that were checked and then escaped. The
 * shortcodes and the block both render through `sehatkit_render_widget()`.
 *
 * @package SehatKit
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The widgets and the element each one renders. */
const SEHATKIT_WIDGETS = array(
	'booking'       => 'sehat-booking',
	'consult-hours' => 'sehat-consult-hours',
	'video-room'    => 'sehat-video-room',
	'bpjs-verify'   => 'sehat-bpjs-verify',
);

/** A service or practitioner id as the clinic's booking catalogue spells it; anything else is dropped. */
function sehatkit_clean_id( $value ) {
	$value = is_string( $value ) ? trim( $value ) : '';
	return preg_match( '/^[A-Za-z0-9_-]{1,64}$/', $value ) ? $value : '';
}

function sehatkit_clean_time_zone( $value ) {
	$value = is_string( $value ) ? trim( $value ) : '';
	return in_array( $value, timezone_identifiers_list(), true ) ? $value : '';
}

function sehatkit_clean_text( $value, $max = 120 ) {
	return mb_substr( sanitize_text_field( is_string( $value ) ? $value : '' ), 0, $max );
}

function sehatkit_truthy( $value ) {
	return in_array( strtolower( (string) $value ), array( '1', 'true', 'yes', 'on' ), true );
}

/** Who may see the staff widget (BPJS verification): the `sehatkit_staff` capability, else editors. */
function sehatkit_is_staff() {
	return current_user_can( 'sehatkit_staff' ) || current_user_can( 'edit_posts' );
}

/**
 * The element for `$widget` with its attributes. Values are validated here (ids, zones, numbers, booleans)
 * and escaped with `esc_attr()` / `esc_url()` when printed; authors cannot add other attributes.
 *
 * @param string $widget One of the keys of SEHATKIT_WIDGETS.
 * @param array  $atts   Shortcode or block attributes.
 * @return string HTML.
 */
function sehatkit_render_widget( $widget, $atts ) {
	if ( ! isset( SEHATKIT_WIDGETS[ $widget ] ) ) {
		return '';
	}
	$lang     = in_array( $atts['lang'] ?? '', array( 'id', 'en' ), true ) ? $atts['lang'] : sehatkit_default_lang();
	$endpoint = sehatkit_endpoint();
	if ( '' === $endpoint ) {
		return current_user_can( 'manage_options' )
			? '<p class="sehatkit-notice">' . esc_html__( 'SehatKit: set the server handler URL under Settings → SehatKit.', 'sehatkit' ) . '</p>'
			: '';
	}

	$attributes = array( 'endpoint' => $endpoint, 'lang' => $lang );
	$fallback   = 'en' === $lang ? 'This part of the page needs JavaScript.' : 'Bagian halaman ini memerlukan JavaScript.';

	switch ( $widget ) {
		case 'booking':
			$attributes['service']            = sehatkit_clean_id( $atts['service'] ?? '' );
			$attributes['practitioner']       = sehatkit_clean_id( $atts['practitioner'] ?? '' );
			$attributes['time-zone']          = sehatkit_clean_time_zone( $atts['time_zone'] ?? '' );
			$attributes['heading']            = sehatkit_clean_text( $atts['heading'] ?? '' );
			$attributes['days']               = absint( $atts['days'] ?? 0 ) ?: '';
			$attributes['payer']              = in_array( $atts['payer'] ?? '', array( 'general', 'bpjs' ), true ) ? $atts['payer'] : '';
			$attributes['lock-time-zone']     = sehatkit_truthy( $atts['lock_time_zone'] ?? '' );
			break;
		case 'consult-hours':
			$attributes['time-zone']       = sehatkit_clean_time_zone( $atts['time_zone'] ?? '' );
			$attributes['heading']         = sehatkit_clean_text( $atts['heading'] ?? '' );
			$attributes['refresh-seconds'] = isset( $atts['refresh_seconds'] ) ? absint( $atts['refresh_seconds'] ) : '';
			break;
		case 'video-room':
			// The link in the booking email (or the clinic's message) carries the token: ?token=…
			$token = isset( $_GET['token'] ) ? sanitize_text_field( wp_unslash( $_GET['token'] ) ) : ''; // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a link from an email, not a form.
			if ( '' === $token || ! preg_match( '/^[A-Za-z0-9._~-]{10,4096}$/', $token ) ) {
				return '<p class="sehatkit-notice">' . esc_html(
					'en' === $lang
						? 'Open this page from the link in your appointment email.'
						: 'Buka halaman ini dari tautan di email janji temu Anda.'
				) . '</p>';
			}
			$attributes['token']        = $token;
			$attributes['display-name'] = sehatkit_clean_text( $atts['display_name'] ?? '', 80 );
			break;
		case 'bpjs-verify':
			if ( ! sehatkit_is_staff() ) {
				return '<p class="sehatkit-notice">' . esc_html( 'en' === $lang ? 'For clinic staff only.' : 'Hanya untuk staf klinik.' ) . '</p>';
			}
			$attributes['kind']        = in_array( $atts['kind'] ?? '', array( 'card', 'nik' ), true ) ? $atts['kind'] : '';
			$attributes['label']       = sehatkit_clean_text( $atts['label'] ?? '' );
			// Staff routes need the clinic's login at the handler: send its cookie across origins.
			$attributes['credentials'] = 'include';
			break;
	}

	sehatkit_enqueue_elements();
	$tag = SEHATKIT_WIDGETS[ $widget ];
	$out = '<' . $tag;
	foreach ( $attributes as $name => $value ) {
		if ( true === $value ) {
			$out .= ' ' . $name;
		} elseif ( false !== $value && '' !== $value ) {
			$printed = 'endpoint' === $name ? esc_url( $value ) : esc_attr( (string) $value );
			$out    .= ' ' . $name . '="' . $printed . '"';
		}
	}
	return $out . '><noscript>' . esc_html( $fallback ) . '</noscript></' . $tag . '>';
}
