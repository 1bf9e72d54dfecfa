<%--
    The product's page footer: JSPWiki's own (templates/default/Footer.jsp) prints the wiki's name and
    exact version on every page, which tells an attacker which advisories apply and shows English on a
    Chinese page. The copyright notice page, if an administrator writes one, is kept.
--%>
<%@ taglib uri="http://jspwiki.apache.org/tags" prefix="wiki" %>
<div class="footer">
  <wiki:InsertPage page="CopyrightNotice"/>
</div>
