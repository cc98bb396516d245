namespace PolicyBot.Web.Tests.Api;

/// <summary>The API tests share one host over the bundled gazette (loaded once).</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<PolicyBotApiFactory>
{
    public const string Name = "api";
}
