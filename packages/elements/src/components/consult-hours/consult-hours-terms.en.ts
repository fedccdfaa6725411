import type { ConsultHoursTerms } from './consult-hours-terms';

export const en: ConsultHoursTerms = {
  heading: 'Video consultation now',
  intro:
    'These practitioners take video consultations without an appointment. Enter the waiting room and they will call you in.',
  none: 'No practitioner is taking video consultations right now. Please try again later or book an appointment.',
  since: (time) => `Available since ${time}`,
  until: (time) => `until ${time}`,
  join: 'Enter the waiting room',
  updated: (time) => `Updated ${time}`,
};
