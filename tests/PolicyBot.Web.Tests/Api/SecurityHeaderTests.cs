namespace PolicyBot.Web.Tests.Api;

[Collection(ApiCollection.Name)]
public class SecurityHeaderTests(PolicyBotApiFactory factory)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/health")]
    [InlineData("/api/documents")]
    public async Task Pages_and_api_replies_carry_the_security_headers(string path)
    {
        var client = await factory.ReadyClientAsync();
        var response = await client.GetAsync(path);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("SAMEORIGIN", response.Headers.GetValues("X-Frame-Options").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'self'", csp);
        Assert.Contains("object-src 'none'", csp);
    }

    [Fact]
    public async Task Only_the_widget_frame_may_be_embedded_by_the_allowed_sites()
    {
        var client = await factory.ReadyClientAsync();
        var response = await client.GetAsync("/widget");
        Assert.False(response.Headers.Contains("X-Frame-Options"));
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains($"frame-ancestors 'self' {PolicyBotApiFactory.AllowedOrigin}", csp);
    }
}
