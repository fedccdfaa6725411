/**
 * The block's editor: settings in the sidebar and a server-rendered preview. Plain JavaScript on the
 * `wp.*` globals, so the plugin needs no build step. The block saves only its attributes (dynamic block).
 */
((blocks, element, blockEditor, components, ServerSideRender, i18n) => {
  const el = element.createElement;
  const __ = i18n.__;
  const widgets = [
    { value: 'booking', label: __('Booking', 'sehatkit') },
    { value: 'consult-hours', label: __('Consultation hours', 'sehatkit') },
    { value: 'video-room', label: __('Video consultation room', 'sehatkit') },
    { value: 'bpjs-verify', label: __('BPJS verification (staff)', 'sehatkit') },
  ];

  blocks.registerBlockType('sehatkit/widget', {
    edit: (props) => {
      const a = props.attributes;
      const set = (name) => (value) => props.setAttributes({ [name]: value });
      const controls = [
        el(components.SelectControl, {
          key: 'widget',
          label: __('Widget', 'sehatkit'),
          value: a.widget,
          options: widgets,
          onChange: set('widget'),
        }),
        el(components.SelectControl, {
          key: 'lang',
          label: __('Language', 'sehatkit'),
          value: a.lang,
          options: [
            { value: '', label: __('Site language', 'sehatkit') },
            { value: 'id', label: 'Bahasa Indonesia' },
            { value: 'en', label: 'English' },
          ],
          onChange: set('lang'),
        }),
      ];
      if (a.widget === 'booking') {
        controls.push(
          el(components.TextControl, {
            key: 'service',
            label: __('Service id (empty: the patient chooses)', 'sehatkit'),
            value: a.service,
            onChange: set('service'),
          }),
          el(components.TextControl, {
            key: 'practitioner',
            label: __('Practitioner id', 'sehatkit'),
            value: a.practitioner,
            onChange: set('practitioner'),
          }),
          el(components.TextControl, {
            key: 'timeZone',
            label: __('Time zone, e.g. Asia/Jakarta', 'sehatkit'),
            value: a.timeZone,
            onChange: set('timeZone'),
          }),
          el(components.ToggleControl, {
            key: 'lock',
            label: __('Lock the time zone', 'sehatkit'),
            checked: a.lockTimeZone,
            onChange: set('lockTimeZone'),
          }),
        );
      }
      if (a.widget === 'booking' || a.widget === 'consult-hours') {
        controls.push(
          el(components.TextControl, {
            key: 'heading',
            label: __('Heading', 'sehatkit'),
            value: a.heading,
            onChange: set('heading'),
          }),
        );
      }
      return el(
        element.Fragment,
        null,
        el(
          blockEditor.InspectorControls,
          null,
          el(components.PanelBody, { title: __('SehatKit', 'sehatkit') }, controls),
        ),
        el(
          'div',
          blockEditor.useBlockProps(),
          el(ServerSideRender, { block: 'sehatkit/widget', attributes: a }),
        ),
      );
    },
    save: () => null,
  });
})(
  window.wp.blocks,
  window.wp.element,
  window.wp.blockEditor,
  window.wp.components,
  window.wp.serverSideRender,
  window.wp.i18n,
);
