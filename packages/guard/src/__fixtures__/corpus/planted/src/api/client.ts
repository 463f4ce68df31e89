// Thin clients for the partner APIs the dashboard reads.
export async function fetchWeather(city: string) {
  const url = `https://weather.example.test/v1/current?q=${city}&api_key=FakeQueryKey9x7Wq2Lp`;
  return fetch(url, { headers: { Authorization: 'Basic ZmFrZXVzZXI6RmFrZUJhc2ljUHcx' } });
}

export async function fetchIssues() {
  return fetch('https://tracker.example.test/api/issues', {
    headers: { Authorization: 'Token FakeTrackerTok3n8Hq' },
  });
}

export const exportUrl =
  'https://fakeaccount.blob.example.test/exports/report.csv?sv=2022-11-02&se=2030-01-01&sp=r&sig=FAKEsAs9SiGnAtUrE0Xq7Lm2Vb4Nc6Hd8Jk1%3D';
