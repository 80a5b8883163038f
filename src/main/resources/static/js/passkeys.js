'use strict';

// Runs the WebAuthn ceremonies of the login page and of the page that adds a passkey. Without
// this script, or in a browser without WebAuthn, the passkey buttons stay hidden: the login form
// with password and TOTP code still works, and the page that adds a passkey explains what it needs.
//
// The server sends and reads binary values (challenges, ids, authenticator data) as base64url
// strings, in the JSON form of Spring Security's WebAuthn support.

function base64UrlToBuffer(text) {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) {
    bytes[index] = binary.charCodeAt(index);
  }
  return bytes.buffer;
}

function bufferToBase64Url(buffer) {
  let binary = '';
  for (const byte of new Uint8Array(buffer)) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function credentialDescriptors(descriptors) {
  return (descriptors || []).map((descriptor) => ({ ...descriptor, id: base64UrlToBuffer(descriptor.id) }));
}

// Sends a JSON POST with the page's CSRF token, which the section element carries.
async function postJson(section, url, body) {
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  headers[section.dataset.csrfHeader] = section.dataset.csrfToken;
  const response = await fetch(url, {
    method: 'POST',
    headers,
    credentials: 'same-origin',
    body: JSON.stringify(body || {}),
  });
  const json = await response.json().catch(() => ({}));
  return { ok: response.ok, json };
}

function publicKeyCredentialJson(credential, response) {
  const json = {
    id: credential.id,
    rawId: bufferToBase64Url(credential.rawId),
    type: credential.type,
    clientExtensionResults: credential.getClientExtensionResults(),
    response,
  };
  if (credential.authenticatorAttachment) {
    json.authenticatorAttachment = credential.authenticatorAttachment;
  }
  return json;
}

async function logInWithPasskey(section) {
  const options = await postJson(section, section.dataset.optionsUrl);
  if (!options.ok) {
    throw new Error('The server sent no login options');
  }
  const publicKey = {
    ...options.json,
    challenge: base64UrlToBuffer(options.json.challenge),
    allowCredentials: credentialDescriptors(options.json.allowCredentials),
  };
  const credential = await navigator.credentials.get({ publicKey });

  const assertion = credential.response;
  const result = await postJson(
    section,
    section.dataset.loginUrl,
    publicKeyCredentialJson(credential, {
      authenticatorData: bufferToBase64Url(assertion.authenticatorData),
      clientDataJSON: bufferToBase64Url(assertion.clientDataJSON),
      signature: bufferToBase64Url(assertion.signature),
      userHandle: assertion.userHandle ? bufferToBase64Url(assertion.userHandle) : null,
    }),
  );
  window.location.assign(result.json.redirectUrl);
}

async function createPasskey(section) {
  const options = await postJson(section, section.dataset.optionsUrl);
  if (!options.ok) {
    window.location.assign(options.json.redirectUrl);
    return;
  }
  const publicKey = {
    ...options.json,
    challenge: base64UrlToBuffer(options.json.challenge),
    user: { ...options.json.user, id: base64UrlToBuffer(options.json.user.id) },
    excludeCredentials: credentialDescriptors(options.json.excludeCredentials),
  };
  const credential = await navigator.credentials.create({ publicKey });

  const attestation = credential.response;
  const result = await postJson(section, section.dataset.credentialUrl, {
    label: section.dataset.label,
    credential: publicKeyCredentialJson(credential, {
      attestationObject: bufferToBase64Url(attestation.attestationObject),
      clientDataJSON: bufferToBase64Url(attestation.clientDataJSON),
      transports: attestation.getTransports ? attestation.getTransports() : [],
    }),
  });
  window.location.assign(result.json.redirectUrl);
}

// Shows the section and runs the ceremony on its button. A cancelled or failed ceremony shows
// the section's error message and leaves the button ready for another try.
function enablePasskeyButton(sectionId, ceremony) {
  const section = document.getElementById(sectionId);
  if (!section || !window.PublicKeyCredential || !navigator.credentials) {
    return;
  }
  const button = section.querySelector('button');
  const error = section.querySelector('[role="alert"]');
  const notice = document.getElementById('passkey-needs-script');
  if (notice) {
    notice.hidden = true;
  }
  section.hidden = false;

  button.addEventListener('click', () => {
    error.hidden = true;
    button.disabled = true;
    ceremony(section)
      .catch(() => {
        error.hidden = false;
      })
      .finally(() => {
        button.disabled = false;
      });
  });
}

enablePasskeyButton('passkey-login', logInWithPasskey);
enablePasskeyButton('passkey-create', createPasskey);
