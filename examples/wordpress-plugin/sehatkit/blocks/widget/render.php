<?php
/**
 * Server rendering of the `sehatkit/widget` block (block.json `render`, WordPress 6.1+).
 *
 * @package SehatKit
 * @var array $attributes The block's attributes.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

$sehatkit_markup = sehatkit_render_widget(
	(string) ( $attributes['widget'] ?? 'booking' ),
	array(
		'service'        => $attributes['service'] ?? '',
		'practitioner'   => $attributes['practitioner'] ?? '',
		'time_zone'      => $attributes['timeZone'] ?? '',
		'lock_time_zone' => ! empty( $attributes['lockTimeZone'] ) ? '1' : '',
		'heading'        => $attributes['heading'] ?? '',
		'lang'           => $attributes['lang'] ?? '',
	)
);
if ( '' !== $sehatkit_markup ) {
	printf( '<div %s>%s</div>', get_block_wrapper_attributes(), $sehatkit_markup ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in sehatkit_render_widget() and by WordPress.
}
