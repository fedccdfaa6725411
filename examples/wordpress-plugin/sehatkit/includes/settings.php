<?php
/**
 * Settings → SehatKit: where the clinic's server handler answers, where the elements' script comes from,
 * and the default language.
 *
 * @package SehatKit
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The clinic's SehatKit server handler, e.g. https://api.klinik.id/sehat. Empty until configured. */
function sehatkit_endpoint() {
	return (string) get_option( 'sehatkit_endpoint', '' );
}

function sehatkit_script_url() {
	$url = (string) get_option( 'sehatkit_script_url', '' );
	return '' !== $url ? $url : SEHATKIT_DEFAULT_SCRIPT_URL;
}

/** `id` (Bahasa Indonesia) or `en`; by default from the site's language. */
function sehatkit_default_lang() {
	$lang = (string) get_option( 'sehatkit_lang', '' );
	if ( in_array( $lang, array( 'id', 'en' ), true ) ) {
		return $lang;
	}
	return 0 === strpos( get_locale(), 'en' ) ? 'en' : 'id';
}

function sehatkit_sanitize_lang( $value ) {
	return in_array( $value, array( 'id', 'en' ), true ) ? $value : '';
}

/** Only http(s) URLs; anything else is refused and the field left empty. */
function sehatkit_sanitize_url( $value ) {
	$url = esc_url_raw( trim( (string) $value ), array( 'http', 'https' ) );
	return is_string( $url ) ? $url : '';
}

add_action(
	'admin_init',
	function () {
		register_setting( 'sehatkit', 'sehatkit_endpoint', array( 'type' => 'string', 'sanitize_callback' => 'sehatkit_sanitize_url', 'default' => '' ) );
		register_setting( 'sehatkit', 'sehatkit_script_url', array( 'type' => 'string', 'sanitize_callback' => 'sehatkit_sanitize_url', 'default' => '' ) );
		register_setting( 'sehatkit', 'sehatkit_lang', array( 'type' => 'string', 'sanitize_callback' => 'sehatkit_sanitize_lang', 'default' => '' ) );

		add_settings_section( 'sehatkit_main', __( 'Connection', 'sehatkit' ), '__return_false', 'sehatkit' );
		$fields = array(
			'sehatkit_endpoint'   => __( 'Server handler URL', 'sehatkit' ),
			'sehatkit_script_url' => __( 'Elements script URL', 'sehatkit' ),
			'sehatkit_lang'       => __( 'Default language', 'sehatkit' ),
		);
		foreach ( $fields as $name => $label ) {
			add_settings_field(
				$name,
				$label,
				'sehatkit_settings_field',
				'sehatkit',
				'sehatkit_main',
				array( 'name' => $name, 'label_for' => $name )
			);
		}
	}
);

function sehatkit_settings_field( $args ) {
	$name  = $args['name'];
	$value = (string) get_option( $name, '' );
	if ( 'sehatkit_lang' === $name ) {
		echo '<select id="' . esc_attr( $name ) . '" name="' . esc_attr( $name ) . '">';
		foreach ( array( '' => __( 'From the site language', 'sehatkit' ), 'id' => 'Bahasa Indonesia', 'en' => 'English' ) as $code => $text ) {
			echo '<option value="' . esc_attr( $code ) . '"' . selected( $value, $code, false ) . '>' . esc_html( $text ) . '</option>';
		}
		echo '</select>';
		return;
	}
	$placeholder = 'sehatkit_script_url' === $name ? SEHATKIT_DEFAULT_SCRIPT_URL : 'https://api.your-clinic.id/sehat';
	echo '<input type="url" class="regular-text code" id="' . esc_attr( $name ) . '" name="' . esc_attr( $name ) . '" value="' . esc_attr( $value ) . '" placeholder="' . esc_attr( $placeholder ) . '">';
}

add_action(
	'admin_menu',
	function () {
		add_options_page(
			__( 'SehatKit', 'sehatkit' ),
			__( 'SehatKit', 'sehatkit' ),
			'manage_options',
			'sehatkit',
			function () {
				echo '<div class="wrap"><h1>' . esc_html__( 'SehatKit', 'sehatkit' ) . '</h1><form method="post" action="options.php">';
				settings_fields( 'sehatkit' );
				do_settings_sections( 'sehatkit' );
				submit_button();
				echo '</form></div>';
			}
		);
	}
);
