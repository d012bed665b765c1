// A browser pointed at Homeward's OpenRosa server as a data officer's would be: it reads the form list, downloads
// the form, lets ODK Web Forms render and validate it, and posts the instance as OpenRosa says (multipart, with
// xml_submission_file). The server, user and password come in the page's fragment, which never leaves the browser.
import { createApp, h } from 'vue';
import { OdkWebForm, webFormsPlugin } from '@getodk/web-forms';

const settings = new URLSearchParams(location.hash.slice(1));
const server = settings.get('server');
const headers = {
	'X-OpenRosa-Version': '1.0',
	Authorization: 'Basic ' + btoa(settings.get('user') + ':' + settings.get('password')),
};
const outcome = document.getElementById('outcome');
const sendAgain = document.getElementById('send-again');
const xml = async (response) => new DOMParser().parseFromString(await response.text(), 'text/xml');

const list = await xml(await fetch(server + '/formList', { headers }));
const form = [...list.getElementsByTagNameNS('*', 'xform')]
	.find((entry) => entry.getElementsByTagNameNS('*', 'formID')[0].textContent === settings.get('form'));
// the download URL names the server as Homeward saw the request; this page reaches it at its own origin
const download = new URL(form.getElementsByTagNameNS('*', 'downloadUrl')[0].textContent).pathname;
const formXml = await (await fetch(download, { headers })).text();

let submission = null;
const send = async () => {
	const response = await fetch(server + '/submission', { method: 'POST', headers, body: submission });
	const answer = await xml(response);
	outcome.textContent = answer.getElementsByTagNameNS('*', 'message')[0]?.textContent ?? '';
	outcome.dataset.status = String(response.status);
	outcome.dataset.sent = String(Number(outcome.dataset.sent) + 1);
};

createApp({
	render: () => h(OdkWebForm, {
		formXml,
		fetchFormAttachment: (url) => fetch(url, { headers }),
		onSubmit: async (payload) => {
			if (payload.status !== 'ready') {
				outcome.textContent = 'The form is not ready to send.';
				return;
			}
			submission = payload.data[0];
			const instance = await xml(new Response(submission.get('xml_submission_file')));
			outcome.dataset.instance = instance.getElementsByTagNameNS('*', 'instanceID')[0].textContent;
			await send();
			sendAgain.hidden = false;
		},
	}),
}).use(webFormsPlugin).mount('#app');
sendAgain.addEventListener('click', send);
