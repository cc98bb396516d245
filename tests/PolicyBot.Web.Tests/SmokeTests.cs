namespace PolicyBot.Web.Tests;

public class SmokeTests
{
    [Fact]
    public void Builds() => Assert.True(true);
}
