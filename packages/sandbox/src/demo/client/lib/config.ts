/** What the server put into the page (`<script type="application/json" id="demo-config">`). */
export interface DemoConfig {
  endpoint: string;
  page: string;
  staff: boolean;
  elements: boolean;
  video: boolean;
  doctor: string;
  urls: Record<string, string | undefined>;
}

export function config(): DemoConfig {
  const el = document.getElementById('demo-config');
  return JSON.parse(el?.textContent ?? '{}') as DemoConfig;
}
