//! Where a case is fought: the country's route (which law, which bodies, which deadlines),
//! the holder type (consumer or business) and the carriers known by exact name.
//!
//! Everything country-specific that the reports and the complaint workflow say comes from
//! here: the provision table ([`legal`]), the dated escalation ladder ([`deadlines`]) and
//! the carrier registry ([`carriers`]). `case` and `report` both build on this module and
//! never on each other's legal knowledge.

pub mod carriers;
pub mod claims;
pub mod deadlines;
pub mod legal;

use std::fmt;

/// An ISO 3166-1 alpha-2 country code, upper case (`UK` is read as `GB`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Country(String);

impl Country {
    /// Parse a two-letter code; anything else is `None`.
    pub fn parse(code: &str) -> Option<Country> {
        let c = code.trim().to_ascii_uppercase();
        if c.len() != 2 || !c.chars().all(|ch| ch.is_ascii_alphabetic()) {
            return None;
        }
        Some(Country(if c == "UK" { "GB".to_string() } else { c }))
    }

    pub fn code(&self) -> &str {
        &self.0
    }

    /// Whether dates written with slashes (`02/01/2024`) put the day first in this country:
    /// month first in the US (and the Philippines), day first elsewhere. Used only for a
    /// file in which no date shows the order (see `ImportOptions::day_first_hint`).
    pub fn writes_day_first(&self) -> bool {
        !matches!(self.0.as_str(), "US" | "PH" | "FM" | "MH" | "PW")
    }

    /// The escalation route this country takes.
    pub fn route(&self) -> Route {
        match self.0.as_str() {
            "CN" => Route::Cn,
            "US" => Route::Us,
            "GB" => Route::Gb,
            _ => Route::Generic,
        }
    }

    /// The country whose currency this is, for the currencies of a single country.
    pub fn from_currency(currency: &str) -> Option<Country> {
        let code = match currency.trim().to_ascii_uppercase().as_str() {
            "CNY" | "RMB" => "CN",
            "USD" => "US",
            "GBP" => "GB",
            "CAD" => "CA",
            "TWD" => "TW",
            "HKD" => "HK",
            "MOP" => "MO",
            "JPY" => "JP",
            "AUD" => "AU",
            _ => return None,
        };
        Country::parse(code)
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The escalation route of a country: the law the reports may cite and the bodies they
/// may name. Only `Cn`, `Us` and `Gb` have checked provisions; every other country takes
/// `Generic`, which cites no statute and names no regulator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Route {
    Cn,
    Us,
    Gb,
    Generic,
}

/// Whether the account is a consumer's or a business's: consumer law and consumer bodies
/// (消费者权益保护法, 12315, EFTA/Regulation E) apply to consumers only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HolderType {
    Consumer,
    Business,
}

impl HolderType {
    pub fn parse(s: &str) -> Option<HolderType> {
        match s.trim().to_ascii_lowercase().as_str() {
            "consumer" | "personal" | "individual" => Some(HolderType::Consumer),
            "business" | "company" => Some(HolderType::Business),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            HolderType::Consumer => "consumer",
            HolderType::Business => "business",
        }
    }

    /// The holder type a name suggests: a company form in the name (公司, 有限, 企业, 集团,
    /// 事务所, 工作室, 商行, Ltd, Inc, LLC, GmbH …) means a business; anything else, or no
    /// name, is a consumer.
    pub fn guess(holder: &str) -> HolderType {
        const CJK: [&str; 12] = [
            "公司",
            "有限",
            "企业",
            "企業",
            "集团",
            "集團",
            "事务所",
            "事務所",
            "工作室",
            "商行",
            "合作社",
            "个体工商户",
        ];
        if CJK.iter().any(|w| holder.contains(w)) {
            return HolderType::Business;
        }
        const LATIN: [&str; 16] = [
            "ltd",
            "limited",
            "inc",
            "incorporated",
            "llc",
            "llp",
            "plc",
            "corp",
            "corporation",
            "gmbh",
            "co",
            "company",
            "lp",
            "pty",
            "sa",
            "bv",
        ];
        let words = holder
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_ascii_lowercase);
        if words.into_iter().any(|w| LATIN.contains(&w.as_str())) {
            HolderType::Business
        } else {
            HolderType::Consumer
        }
    }
}

/// Where the account's country came from (reported, never silent).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountrySource {
    /// `[account] country` in the config.
    Configured,
    /// The carrier's entry in the registry.
    Carrier,
    /// The currency of the amounts.
    Currency,
    /// Nothing said: the generic route.
    Unknown,
}

/// The jurisdiction of a case: its country (when known), the route it takes and the holder type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Jurisdiction {
    pub country: Option<Country>,
    pub country_source: CountrySource,
    pub holder_type: HolderType,
    /// Whether `holder_type` was guessed from the holder's name rather than configured.
    pub holder_type_guessed: bool,
}

impl Jurisdiction {
    /// Resolve the jurisdiction: the configured country, else the carrier's, else the
    /// currency's; the configured holder type, else the one the holder's name suggests.
    pub fn resolve(
        country: Option<Country>,
        carrier: &str,
        currency: &str,
        holder: &str,
        holder_type: Option<HolderType>,
    ) -> Jurisdiction {
        let (country, country_source) = if let Some(c) = country {
            (Some(c), CountrySource::Configured)
        } else if let Some(c) = carriers::find(carrier).and_then(|c| Country::parse(c.country)) {
            (Some(c), CountrySource::Carrier)
        } else if let Some(c) = Country::from_currency(currency) {
            (Some(c), CountrySource::Currency)
        } else {
            (None, CountrySource::Unknown)
        };
        Jurisdiction {
            country,
            country_source,
            holder_type: holder_type.unwrap_or_else(|| HolderType::guess(holder)),
            holder_type_guessed: holder_type.is_none(),
        }
    }

    pub fn route(&self) -> Route {
        self.country.as_ref().map_or(Route::Generic, Country::route)
    }

    pub fn is_consumer(&self) -> bool {
        self.holder_type == HolderType::Consumer
    }
}

/// What the reports should say about how the jurisdiction was found (never silent):
/// a country taken from the carrier or the currency, none at all, or a holder type
/// guessed from the name.
pub fn notes(j: &Jurisdiction, carrier: &str, currency: &str) -> Vec<crate::i18n::Msg> {
    let mut out = Vec::new();
    let code = j
        .country
        .as_ref()
        .map(|c| c.code().to_string())
        .unwrap_or_default();
    match j.country_source {
        CountrySource::Configured => {}
        CountrySource::Carrier => out.push(crate::msg!(
            "note-country-from-carrier",
            country = code,
            carrier = carrier
        )),
        CountrySource::Currency => out.push(crate::msg!(
            "note-country-from-currency",
            country = code,
            currency = currency
        )),
        CountrySource::Unknown => out.push(crate::msg!("note-country-unknown")),
    }
    if j.holder_type_guessed {
        out.push(match j.holder_type {
            HolderType::Business => crate::msg!("note-holder-business"),
            HolderType::Consumer => crate::msg!("note-holder-consumer"),
        });
    }
    out
}

/// The `[account]` lines `init` proposes for the country: from the carrier's registry
/// entry, else from the currency; none when neither says.
pub fn propose_country(carrier: Option<&str>, currency: &str) -> Option<(Country, &'static str)> {
    if let Some(c) = carrier
        .and_then(carriers::find)
        .and_then(|c| Country::parse(c.country))
    {
        return Some((c, "carrier"));
    }
    Country::from_currency(currency).map(|c| (c, "currency"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_and_routes() {
        assert_eq!(Country::parse("cn").unwrap().route(), Route::Cn);
        assert_eq!(Country::parse("UK").unwrap().code(), "GB");
        assert_eq!(Country::parse("GB").unwrap().route(), Route::Gb);
        assert_eq!(Country::parse("US").unwrap().route(), Route::Us);
        for other in ["TW", "HK", "MO", "CA", "DE", "JP"] {
            assert_eq!(
                Country::parse(other).unwrap().route(),
                Route::Generic,
                "{other}"
            );
        }
        for bad in ["", "C", "CHN", "中国", "1A"] {
            assert_eq!(Country::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn holder_types_from_names() {
        for b in [
            "杭州某某科技有限公司",
            "某某贸易公司",
            "深圳某某企业管理中心",
            "台北某某股份有限公司",
            "Acme Ltd",
            "Acme Widgets, Inc.",
            "Foo LLC",
            "Bar Holdings PLC",
            "Müller GmbH",
        ] {
            assert_eq!(HolderType::guess(b), HolderType::Business, "{b}");
        }
        for c in [
            "张三",
            "王小明",
            "Jane Doe",
            "Lincoln Smith",
            "Marco Costa",
            "Inca Ruiz",
            "",
        ] {
            assert_eq!(HolderType::guess(c), HolderType::Consumer, "{c}");
        }
    }

    #[test]
    fn resolution_order_is_config_carrier_currency() {
        let j = Jurisdiction::resolve(None, "Verizon", "CNY", "Jane Doe", None);
        assert_eq!(
            (j.route(), j.country_source),
            (Route::Us, CountrySource::Carrier)
        );
        let j = Jurisdiction::resolve(None, "", "GBP", "", None);
        assert_eq!(
            (j.route(), j.country_source),
            (Route::Gb, CountrySource::Currency)
        );
        let j = Jurisdiction::resolve(Country::parse("TW"), "中国移动", "CNY", "", None);
        assert_eq!(
            (j.route(), j.country_source),
            (Route::Generic, CountrySource::Configured)
        );
        let j = Jurisdiction::resolve(None, "Some Telco", "XOF", "", None);
        assert_eq!((j.country.clone(), j.route()), (None, Route::Generic));
        let j = Jurisdiction::resolve(None, "", "CNY", "某某有限公司", Some(HolderType::Consumer));
        assert!(j.is_consumer() && !j.holder_type_guessed);
    }
}
