/**
 * Edge events shaped as Adobe's tools send them, one per journey: the Web SDK (Adobe's
 * commerce and form guides), Adobe Commerce's storefront collector (account and search
 * events), and the Mobile SDK (Adobe's Luma tutorial: identities and implementation details
 * in the request-level XDM, commerce in the event). `arc` is what the Edge hands a rule.
 */

export interface Arc {
  event: { xdm: Record<string, unknown>; data?: Record<string, unknown> };
  request?: { header?: Record<string, unknown>; body?: Record<string, unknown> };
}

const now = () => new Date().toISOString();

export const WEB_PAGE = {
  web: {
    webPageDetails: { URL: 'https://shop.example.com/contact' },
    webReferrer: { URL: 'https://www.google.com/' },
  },
  environment: { ipV4: '198.51.100.23', browserDetails: { userAgent: 'Mozilla/5.0 (Windows NT 10.0)' } },
  implementationDetails: {
    name: 'https://ns.adobe.com/experience/alloy/reactor',
    version: '2.24.0',
    environment: 'browser',
  },
};

/** A lead form (`web.formFilledOut`) with the standard contact and person fields. */
export function leadForm(): Arc {
  return {
    event: {
      xdm: {
        ...WEB_PAGE,
        _id: 'lead-5c1e',
        timestamp: now(),
        eventType: 'web.formFilledOut',
        personalEmail: { address: 'Ana.Silva@Example.com' },
        mobilePhone: { number: '+351 912 345 678' },
        homePhone: { number: '+351 212 345 678' },
        person: { name: { firstName: 'Ana', lastName: 'Silva' } },
        homeAddress: { city: 'Lisboa', postalCode: '1100-148', countryCode: 'PT' },
      },
    },
  };
}

/** Adobe Commerce's account creation: `userAccount.createProfile` with `personalEmail`. */
export function registration(): Arc {
  return {
    event: {
      xdm: {
        ...WEB_PAGE,
        _id: 'acct-91',
        timestamp: now(),
        eventType: 'userAccount.createProfile',
        userAccount: { createProfile: 1 },
        person: { accountID: '42' },
        personalEmail: { address: 'new.customer@example.com' },
        identityMap: { email: [{ id: 'new.customer@example.com', authenticatedState: 'authenticated' }] },
      },
    },
  };
}

/** Adobe Commerce's search: `searchRequest` with `siteSearch.query`. */
export function siteSearch(): Arc {
  return {
    event: {
      xdm: {
        ...WEB_PAGE,
        _id: 'search-3',
        timestamp: now(),
        eventType: 'searchRequest',
        searchRequest: { value: 1, id: 'sr-1' },
        siteSearch: { query: 'running shoes', sort: [], refinements: [] },
        identityMap: { ECID: [{ id: '12345678901234567890123456789012345678' }] },
      },
    },
  };
}

/** A cart addition whose XDM says the visitor refused sharing and marketing. */
export function consentDenied(): Arc {
  return {
    event: {
      xdm: {
        ...WEB_PAGE,
        _id: 'add-77',
        timestamp: now(),
        eventType: 'commerce.productListAdds',
        commerce: { productListAdds: { value: 1 } },
        productListItems: [{ SKU: 'SKU-CAP', quantity: 1, priceTotal: 19.9, currencyCode: 'EUR' }],
        identityMap: { Email: [{ id: 'visitor@example.com' }] },
        consents: { collect: { val: 'y' }, share: { val: 'n' }, marketing: { any: { val: 'n' } } },
      },
    },
  };
}

/** A cart removal: an XDM event type with no Meta equivalent. */
export function cartRemoval(): Arc {
  return {
    event: {
      xdm: {
        ...WEB_PAGE,
        _id: 'remove-1',
        timestamp: now(),
        eventType: 'commerce.productListRemovals',
        commerce: { productListRemovals: { value: 1 } },
        productListItems: [{ SKU: 'SKU-CAP', quantity: 1 }],
        identityMap: { Email: [{ id: 'visitor@example.com' }] },
      },
    },
  };
}

const MOBILE_REQUEST_XDM = {
  identityMap: {
    ECID: [{ id: '61436385129123465281212712129182913', primary: true }],
    Email: [{ id: 'sam@example.com', authenticatedState: 'authenticated' }],
    IDFA: [{ id: '6D92078A-8246-4BA4-AE5B-76104861E7DC' }],
  },
  implementationDetails: {
    name: 'https://ns.adobe.com/experience/mobilesdk/ios',
    version: '5.0.1+5.0.2',
    environment: 'app',
  },
};

/**
 * A Mobile SDK purchase (Adobe's Luma app): identities and implementation details in the
 * request's XDM; the order, the product lines (quantities and totals as text, as the tutorial
 * sends them) and Lifecycle's application, device and environment fields in the event.
 */
export function mobilePurchase(): Arc {
  return {
    event: {
      xdm: {
        _id: 'mob-8841',
        timestamp: now(),
        eventType: 'commerce.purchases',
        commerce: {
          purchases: { value: 1 },
          order: {
            purchaseID: 'LUMA-2001',
            priceTotal: 30,
            currencyCode: 'USD',
            payments: [{ paymentAmount: 30, paymentType: 'credit_card', currencyCode: 'USD' }],
          },
        },
        productListItems: [{ SKU: 'LLWS05.1-XS', name: 'Water Bottle', priceTotal: '30.00', quantity: '3' }],
        application: { id: 'com.adobe.luma.tutorial.swiftui', name: 'Luma', version: '3.1.0' },
        device: {
          manufacturer: 'Apple',
          model: 'iPhone',
          modelNumber: 'iPhone16,1',
          screenWidth: 1179,
          screenHeight: 2556,
        },
        environment: {
          type: 'application',
          operatingSystem: 'iOS',
          operatingSystemVersion: '17.4',
          carrier: 'T-Mobile',
          _dc: { language: 'en-US' },
          ipV4: '203.0.113.40',
        },
      },
      data: {},
    },
    request: {
      header: { httpHeaders: { 'User-Agent': 'Luma/3.1.0 CFNetwork' } },
      body: { xdm: structuredClone(MOBILE_REQUEST_XDM) },
    },
  };
}

/** A Mobile SDK Lifecycle launch: a session, not a conversion. */
export function lifecycleLaunch(): Arc {
  return {
    event: {
      xdm: {
        _id: 'launch-1',
        timestamp: now(),
        eventType: 'application.launch',
        application: { id: 'com.adobe.luma.tutorial.swiftui', launches: { value: 1 }, isLaunch: true },
        environment: { operatingSystem: 'iOS', operatingSystemVersion: '17.4' },
      },
    },
    request: { body: { xdm: structuredClone(MOBILE_REQUEST_XDM) } },
  };
}
