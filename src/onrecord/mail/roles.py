"""Role, list and machine addresses: never merged into a person.

``info@``, ``noreply@``, ``*-request@``, ``owner-*@``, list domains, and display names such as
"Marcus Vale via numpy" or "Mail Delivery System" mark an address that speaks for a role or a
list, not for one person; identity leaves them out of every automatic rule. ``FREEMAIL`` lists
the domains shared by unrelated people, where only strong evidence links addresses.
"""

from __future__ import annotations

from onrecord.mail.names import ROLE_NAME_RE, decode_name

__all__ = ["FREEMAIL", "is_role_address"]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Local parts that are role addresses by themselves.
_ROLE_LOCALS = _words(
    """
    info information noreply no-reply no_reply donotreply do-not-reply do_not_reply
    postmaster mailer-daemon mailerdaemon mailer_daemon hostmaster webmaster abuse security
    support admin administrator administratie sales office secretariaat secretariat
    secretaris contact hello help helpdesk service services klantenservice customerservice
    team billing accounts accounting finance factuur facturen invoice invoices orders order
    shop store hr jobs careers vacatures marketing press pers media news newsletter
    nieuwsbrief notification notifications notify alerts alert bounce bounces root daemon
    nobody system mail email post reception receptie feedback enquiries inquiries
    communications communicatie redactie bestuur board ledenadministratie general algemeen
    all everyone staff it ict devnull listserv majordomo mailman owner calendar updates
    digest privacy legal compliance dmarc reports list lists announce moderator moderators
    directie iedereen allemaal medewerkers personeel management directors allstaff all-staff
    allhands all-hands
    """
)
_ROLE_LOCAL_SUFFIXES = (
    "-request",
    "-bounces",
    "-bounce",
    "-owner",
    "-admin",
    "-announce",
    "-discuss",
    "-discussion",
    "-devel",
    "-users",
    "-help",
    "-list",
    "-subscribe",
    "-unsubscribe",
    "-digest",
    "-leave",
    "-join",
    "-noreply",
    "-no-reply",
    "-notifications",
    "-confirm",
)
_ROLE_LOCAL_PREFIXES = (
    "owner-",
    "bounce",
    "noreply",
    "no-reply",
    "no_reply",
    "donotreply",
    "do-not-reply",
    "do_not_reply",
    "mailer-daemon",
    "notification",
    "newsletter",
    "listserv",
    "majordomo",
    "reply+",
    "reply-",
)
# ("no.address@enron.com": the Enron export's stand-in for an address it lost)
_ROLE_LOCAL_CONTAINS = (
    "noreply",
    "no-reply",
    "donotreply",
    "do-not-reply",
    "mailer-daemon",
    "no.address",
    "noaddress",
)
_ROLE_DOMAIN_PREFIXES = (
    "lists.",
    "list.",
    "listserv.",
    "listserver.",
    "mailman.",
    "groups.",
    "bounce.",
    "bounces.",
    "reply.",
)
_ROLE_DOMAINS = _words(
    """
    googlegroups.com groups.io yahoogroups.com egroups.com freelists.org
    listserv.net mlist.io
    """
)

# Domains shared by unrelated people: only strong local-part evidence counts there.
FREEMAIL = _words(
    """
    gmail.com googlemail.com yahoo.com yahoo.co.uk yahoo.fr yahoo.de ymail.com hotmail.com
    hotmail.nl hotmail.co.uk hotmail.fr hotmail.de live.com live.nl msn.com outlook.com
    outlook.nl aol.com icloud.com me.com mac.com mail.com gmx.de gmx.net gmx.com web.de
    protonmail.com proton.me pm.me yandex.ru yandex.com mail.ru qq.com 163.com 126.com
    ziggo.nl kpnmail.nl planet.nl home.nl hetnet.nl xs4all.nl chello.nl casema.nl
    telenet.be skynet.be libero.it wanadoo.fr orange.fr free.fr laposte.net t-online.de
    freenet.de home.com erols.com earthlink.net comcast.net verizon.net att.net
    pobox.com fastmail.com fastmail.fm zoho.com tutanota.com hushmail.com
    """
)


def is_role_address(email: str, name: str = "") -> bool:
    """True for role, list and machine addresses, which must never be merged into a person.

    Looks at the local part (``info@``, ``noreply@``, ``*-request@``, ``owner-*@``…), the
    domain (``lists.*``, ``googlegroups.com``…) and, when given, the display name
    (``"Marcus Vale via numpy"``, ``"(via Google Groups)"``, ``"Mail Delivery System"``).
    """
    email = email.strip().lower()
    if name and ROLE_NAME_RE.search(decode_name(name)):
        return True
    if "@" not in email:
        return False
    local, _, domain = email.rpartition("@")
    base = local.split("+", 1)[0] or local
    if base in _ROLE_LOCALS or local in _ROLE_LOCALS:
        return True
    if base.endswith(_ROLE_LOCAL_SUFFIXES) or local.startswith(_ROLE_LOCAL_PREFIXES):
        return True
    if any(c in local for c in _ROLE_LOCAL_CONTAINS):
        return True
    if domain in _ROLE_DOMAINS or domain.startswith(_ROLE_DOMAIN_PREFIXES):
        return True
    return ".lists." in domain or ".bounces." in domain
