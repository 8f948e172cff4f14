namespace MailKitConfig.Tests.Domains;

/// <summary>The embedded Public Suffix List against the list's own test vectors (publicsuffix.org, tests/test_psl.txt) and the trust decisions it drives.</summary>
public class PublicSuffixListTests
{
    private static PublicSuffixList List => PublicSuffixList.Default;

    [TestCase("COM", null)]
    [TestCase("example.COM", "example.com")]
    [TestCase("WwW.example.COM", "example.com")]
    [TestCase("example.com.", "example.com")]
    [TestCase("example", null)]
    [TestCase("example.example", "example.example")]
    [TestCase("b.example.example", "example.example")]
    [TestCase("uk.com", null)]
    [TestCase("example.uk.com", "example.uk.com")]
    [TestCase("a.b.example.uk.com", "example.uk.com")]
    [TestCase("test.ac", "test.ac")]
    [TestCase("mx1.mail.example.co.uk", "example.co.uk")]
    [TestCase("c.kobe.jp", null)]
    [TestCase("b.c.kobe.jp", "b.c.kobe.jp")]
    [TestCase("a.b.c.kobe.jp", "b.c.kobe.jp")]
    [TestCase("city.kobe.jp", "city.kobe.jp")]
    [TestCase("www.city.kobe.jp", "city.kobe.jp")]
    [TestCase("test.ck", null)]
    [TestCase("b.test.ck", "b.test.ck")]
    [TestCase("www.ck", "www.ck")]
    [TestCase("www.www.ck", "www.ck")]
    [TestCase("us", null)]
    [TestCase("test.us", "test.us")]
    [TestCase("www.test.us", "test.us")]
    [TestCase("ak.us", null)]
    [TestCase("www.test.ak.us", "test.ak.us")]
    [TestCase("k12.ak.us", null)]
    [TestCase("www.test.k12.ak.us", "test.k12.ak.us")]
    [TestCase("食狮.com.cn", "xn--85x722f.com.cn")]
    [TestCase("www.食狮.公司.cn", "xn--85x722f.xn--55qx5d.cn")]
    [TestCase("shishi.xn--55qx5d.cn", "shishi.xn--55qx5d.cn")]
    [TestCase("xn--55qx5d.cn", null)]
    [TestCase("ann.github.io", "ann.github.io")]
    [TestCase("github.io", null)]
    [TestCase("not a name", null)]
    public void The_registrable_domain_follows_rules_wildcards_and_exceptions(string host, string? expected)
        => List.RegistrableDomain(host).Should().Be(expected);

    [TestCase("imap.example.co.uk", "example.co.uk", true)]
    [TestCase("imap.example.com", "sales.example.com", true)]
    [TestCase("example.com", "example.com", true)]
    [TestCase("example.com.evil.test", "example.com", false)]
    [TestCase("evil-example.com", "example.com", false)]
    [TestCase("other.co.uk", "example.co.uk", false)]
    [TestCase("bob.github.io", "ann.github.io", false)]
    [TestCase("a.co.uk", "co.uk", false)]
    [TestCase("co.uk", "co.uk", true)]
    [TestCase("imap.пример.рф", "xn--e1afmkfd.xn--p1ai", true)]
    public void A_host_is_inside_a_domain_when_one_owner_registered_both(string host, string domain, bool inside)
        => PublicSuffixList.IsInside(host, domain).Should().Be(inside);

    [Test]
    public void The_embedded_copy_is_complete_and_dated()
    {
        List.Count.Should().BeGreaterThan(9000);
        PublicSuffixList.ListDate.Should().Be(new DateOnly(2023, 2, 9));
    }

    [Test]
    public void A_list_in_the_published_format_is_read_with_comments_and_sections()
    {
        var list = PublicSuffixList.Parse("""
            // ===BEGIN ICANN DOMAINS===
            // a comment
            test
            *.wild.test
            !keep.wild.test

            // ===BEGIN PRIVATE DOMAINS===
            pages.test   trailing text is ignored
            """);

        list.Count.Should().Be(4);
        list.RegistrableDomain("a.b.wild.test").Should().Be("a.b.wild.test");
        list.RegistrableDomain("x.keep.wild.test").Should().Be("keep.wild.test");
        list.RegistrableDomain("ann.pages.test").Should().Be("ann.pages.test");
        list.RegistrableDomain("pages.test").Should().BeNull();
    }
}
