/**
 * The gateway's 401 bodies, verbatim from the official Postman "Error" examples (satusehat.md §2.4,
 * alfinprasetya/go-satusehat-sdk:errors_test.go).
 */
export const INVALID_TOKEN_FAULT = {
  fault: { faultstring: 'Invalid access token', detail: { errorcode: 'oauth.v2.InvalidAccessToken' } },
};

export const EXPIRED_TOKEN_FAULT = {
  fault: {
    faultstring: 'Access Token expired',
    detail: { errorcode: 'keymanagement.service.access_token_expired' },
  },
};

export const NO_API_PRODUCT_FAULT = {
  fault: {
    faultstring: 'Invalid API call as no apiproduct match found',
    detail: { errorcode: 'keymanagement.service.InvalidAPICallAsNoApiProductMatchFound' },
  },
};

export const NO_API_PRODUCT_CHALLENGE =
  'Bearer realm="null",error="invalid_token",error_description="keymanagement.service.InvalidAPICallAsNoApiProductMatchFound: Invalid API call as no apiproduct match found"';
